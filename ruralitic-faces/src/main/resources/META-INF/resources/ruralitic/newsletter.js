/*
 * RuraliTIC newsletter sign-up, enhanced: the form is sent with fetch and its outcome, or its errors, are shown in
 * the form's live region without leaving the page. Without this script (or without fetch) the form posts as usual
 * and the server answers with a page. No inline code is needed: a strict Content-Security-Policy works.
 */
(function () {
    'use strict';

    var ERROR_SUFFIX = '-error';

    function baseDescription(field) {
        var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
            return id && id.slice(-ERROR_SUFFIX.length) !== ERROR_SUFFIX;
        });
        return ids.join(' ');
    }

    function clearErrors(form) {
        var section = form.closest('.rt-signup');
        var summary = section.querySelector('.rt-signup__errors');
        if (summary) {
            summary.parentNode.removeChild(summary);
        }
        Array.prototype.forEach.call(form.querySelectorAll('.rt-signup__error'), function (message) {
            message.parentNode.removeChild(message);
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
            var description = baseDescription(field);
            if (description) {
                field.setAttribute('aria-describedby', description);
            } else {
                field.removeAttribute('aria-describedby');
            }
            field.closest('.rt-signup__field').classList.remove('rt-signup__field--invalid');
        });
    }

    function say(status, title, text) {
        while (status.firstChild) {
            status.removeChild(status.firstChild);
        }
        var paragraph = document.createElement('p');
        paragraph.className = 'rt-signup__outcome';
        var strong = document.createElement('strong');
        strong.textContent = title;
        paragraph.appendChild(strong);
        if (text) {
            paragraph.appendChild(document.createTextNode(' ' + text));
        }
        status.appendChild(paragraph);
    }

    function showErrors(form, status, body) {
        clearErrors(form);
        var first = null;
        var texts = [];
        body.errors.forEach(function (error) {
            var field = form.elements[error.field];
            if (!field) {
                return;
            }
            var message = document.createElement('p');
            message.id = field.id + ERROR_SUFFIX;
            message.className = 'rt-signup__error';
            message.textContent = error.message;
            field.parentNode.insertBefore(message, field);
            field.setAttribute('aria-invalid', 'true');
            field.setAttribute('aria-describedby', (baseDescription(field) + ' ' + message.id).trim());
            field.closest('.rt-signup__field').classList.add('rt-signup__field--invalid');
            texts.push(error.message);
            first = first || field;
        });
        say(status, body.title, texts.join(' '));
        if (first) {
            first.focus();
        }
    }

    function done(form, status, body) {
        clearErrors(form);
        say(status, body.title, body.message);
        form.hidden = true;
        // The button that had the focus is gone with the form: the outcome takes it.
        status.setAttribute('tabindex', '-1');
        status.focus();
    }

    function enhance(form) {
        if (form.getAttribute('data-rt-enhanced') === 'true') {
            return;
        }
        form.setAttribute('data-rt-enhanced', 'true');
        var status = form.closest('.rt-signup').querySelector('.rt-signup__status');
        form.addEventListener('submit', function (event) {
            if (!window.fetch || !window.URLSearchParams || !window.FormData) {
                return;
            }
            event.preventDefault();
            var button = form.querySelector('button[type=submit]');
            button.disabled = true;
            fetch(form.action, {
                method: 'POST',
                credentials: 'same-origin',
                headers: {
                    'Accept': 'application/json',
                    'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'
                },
                body: new URLSearchParams(new FormData(form)).toString()
            }).then(function (response) {
                return response.json().then(function (body) {
                    return { ok: response.ok, body: body };
                });
            }).then(function (result) {
                button.disabled = false;
                if (result.body.outcome === 'invalid') {
                    showErrors(form, status, result.body);
                } else if (result.ok) {
                    done(form, status, result.body);
                } else {
                    say(status, result.body.title, result.body.message);
                }
            }).catch(function () {
                // Offline or an answer that is not ours: let the browser post the form and show the server's page.
                button.disabled = false;
                HTMLFormElement.prototype.submit.call(form);
            });
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('form[data-rt-signup]'), enhance);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
