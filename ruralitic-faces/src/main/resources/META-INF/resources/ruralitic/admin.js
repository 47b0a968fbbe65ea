/*
 * RuraliTIC back-office: the block buttons of the article editor (add, move, remove) update the form with Faces Ajax
 * instead of reloading the page. Without this script every button submits the form, and nothing is lost either.
 * No inline handler: the buttons are found by their class, so a strict Content-Security-Policy holds.
 */
(function () {
    'use strict';

    function focusAfter(id, form) {
        var again = document.getElementById(id);
        if (again && !again.disabled) {
            again.focus();
            return;
        }
        var legend = form && document.getElementById(form.id) && document.getElementById(form.id)
            .querySelector('.rt-admin-blocks legend');
        if (legend) {
            legend.setAttribute('tabindex', '-1');
            legend.focus();
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.rt-admin-ajax') : null;
        var faces = window.faces || window.jsf;
        if (!button || !faces || !faces.ajax || button.disabled || !button.form) {
            return;
        }
        event.preventDefault();
        var form = button.form;
        var id = button.id;
        faces.ajax.request(button, event, {
            execute: form.id,
            render: form.id,
            onevent: function (data) {
                if (data.status === 'success') {
                    focusAfter(id, form);
                }
            }
        });
    });
}());
