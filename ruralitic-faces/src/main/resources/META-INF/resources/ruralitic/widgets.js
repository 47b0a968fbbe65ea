/*
 * RuraliTIC web components for sites that do not run Java: <ruralitic-programme>, <ruralitic-partners>,
 * <ruralitic-news> and <ruralitic-event>. One classic script, no build step, no dependency; it reads the public JSON
 * API of the portal that serves it and builds the content with DOM methods (never innerHTML), so a host page whose
 * Content-Security-Policy forbids inline script and style works: it needs script-src, style-src, img-src and
 * connect-src for the portal. Light DOM, no Shadow DOM: the host's own styles and the --rt-* custom properties reach
 * the content, and the link the element holds without JavaScript stays a link until the content replaces it.
 */
(function () {
    'use strict';

    if (!window.customElements || !window.fetch || window.customElements.get('ruralitic-programme')) {
        return;
    }

    var script = document.currentScript;
    var SCRIPT_BASE = script && script.src ? script.src.replace(/\/ruralitic\/embed\/widgets\.js(\?.*)?$/, '') : '';
    var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    var DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

    var TEXT = {
        fr: {
            loading: 'Chargement…', loaded: 'Contenu chargé.', failed: 'Ce contenu n\u2019a pas pu être chargé.',
            notFound: 'Cette édition est introuvable.', none: 'Rien à afficher pour le moment.',
            programme: 'Programme', partners: 'Partenaires', news: 'Dernières actualités',
            room: 'Salle', speakers: 'Intervenants', to: 'à', dates: 'Dates', venue: 'Lieu',
            calendar: 'Ajouter à mon agenda', more: 'Voir sur le site de la conférence', themes: 'Thèmes',
            formats: { KEYNOTE: 'Conférence plénière', TALK: 'Intervention', ROUND_TABLE: 'Table ronde',
                WORKSHOP: 'Atelier', DEMO: 'Démonstration', NETWORKING: 'Temps d\u2019échange' }
        },
        en: {
            loading: 'Loading…', loaded: 'Content loaded.', failed: 'This content could not be loaded.',
            notFound: 'This edition cannot be found.', none: 'Nothing to show yet.',
            programme: 'Programme', partners: 'Partners', news: 'Latest news',
            room: 'Room', speakers: 'Speakers', to: 'to', dates: 'Dates', venue: 'Venue',
            calendar: 'Add to my calendar', more: 'See it on the conference site', themes: 'Themes',
            formats: { KEYNOTE: 'Keynote', TALK: 'Talk', ROUND_TABLE: 'Round table', WORKSHOP: 'Workshop',
                DEMO: 'Demonstration', NETWORKING: 'Networking' }
        }
    };

    /** An element with a class and a text, children appended. */
    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    function add(parent) {
        for (var i = 1; i < arguments.length; i++) {
            if (arguments[i]) {
                parent.appendChild(arguments[i]);
            }
        }
        return parent;
    }

    function link(href, text) {
        var a = el('a', null, text);
        a.href = href;
        return a;
    }

    function time(iso, text) {
        var node = el('time', null, text);
        node.setAttribute('datetime', iso);
        return node;
    }

    /** Only web addresses, never javascript: or data:. */
    function safeUrl(url, base) {
        if (typeof url !== 'string') {
            return null;
        }
        if (/^https?:\/\//i.test(url)) {
            return url;
        }
        return url.charAt(0) === '/' && url.charAt(1) !== '/' ? base + url : null;
    }

    function label(item, language) {
        return item ? (item[language] || item.fr || item.code) : '';
    }

    // The drop-in pages write dates the French and the British way.
    function locale(language) {
        return language === 'en' ? 'en-GB' : 'fr-FR';
    }

    /** "mardi 27 août 2019" / "Tuesday 27 August 2019" from "2019-08-27", whatever the reader's zone. */
    function dayText(day, language) {
        var date = new Date(day + 'T12:00:00Z');
        return new Intl.DateTimeFormat(locale(language), { weekday: 'long', timeZone: 'UTC' }).format(date) + ' '
            + new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric',
                timeZone: 'UTC' }).format(date);
    }

    /** "19 juin 2019"; from start to end, "27–29 août 2019". */
    function dateText(iso, zone, language, endIso) {
        var format = new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric',
            timeZone: zone });
        if (endIso && format.formatRange) {
            return format.formatRange(new Date(iso), new Date(endIso));
        }
        return format.format(new Date(iso)) + (endIso ? ' – ' + format.format(new Date(endIso)) : '');
    }

    /** The wall-clock time of an ISO date-time with offset: the time in the edition's zone. */
    function clock(iso) {
        return iso.substring(11, 16);
    }

    // Frames of the portal's embed pages on this page take the height their content tells (embed.js).
    window.addEventListener('message', function (event) {
        var data = event.data;
        if (!data || data.ruralitic !== 'height' || typeof data.height !== 'number' || data.height < 1
            || data.height > 20000 || !SCRIPT_BASE || new URL(SCRIPT_BASE).origin !== event.origin) {
            return;
        }
        Array.prototype.forEach.call(document.getElementsByTagName('iframe'), function (frame) {
            if (frame.contentWindow === event.source) {
                frame.height = String(data.height);
            }
        });
    });

    class Widget extends HTMLElement {
        connectedCallback() {
            if (this.started) {
                return;
            }
            this.started = true;
            var language = (this.getAttribute('lang') || document.documentElement.lang || 'fr').substring(0, 2);
            this.language = language.toLowerCase() === 'en' ? 'en' : 'fr';
            this.text = TEXT[this.language];
            this.base = (this.getAttribute('site') || SCRIPT_BASE).replace(/\/+$/, '');
            var level = parseInt(this.getAttribute('heading-level'), 10);
            this.level = level >= 1 && level <= 5 ? level : 2;
            // The link written for readers without JavaScript: shown until the content is there, and if it fails.
            var fallback = this.querySelector('a[href]');
            this.fallback = fallback ? fallback.href : null;
            this.classList.add('rt-widget');
            // The live region is there from the start, so that what it says next is announced.
            this.status = el('p', 'rt-widget__status', this.text.loading);
            this.status.setAttribute('role', 'status');
            this.appendChild(this.status);
            var self = this;
            this.render().then(function (content) {
                self.show(content, self.text.loaded, false);
            }, function (error) {
                var message = el('p', 'rt-widget__error', error && error.status === 404 ? self.text.notFound
                    : self.text.failed);
                self.show(message, message.textContent, true);
            });
        }

        /** Puts the content before the live region, and says so there; a failure keeps the fallback link. */
        show(content, announcement, failed) {
            var status = this.status;
            Array.prototype.slice.call(this.childNodes).forEach(function (node) {
                if (node !== status && !(failed && node.nodeName === 'A')) {
                    node.remove();
                }
            });
            this.insertBefore(content, this.firstChild);
            if (!failed && this.fallback) {
                this.insertBefore(add(el('p', 'rt-widget__more'), link(this.fallback, this.text.more)), status);
            }
            status.className = 'rt-widget__status rt-visually-hidden';
            status.textContent = announcement;
        }

        api(path) {
            return fetch(this.base + '/ruralitic/api/v1/' + path, { headers: { Accept: 'application/json' },
                credentials: 'omit', mode: 'cors' }).then(function (response) {
                if (!response.ok) {
                    throw { status: response.status };
                }
                return response.json();
            });
        }

        attr(name, pattern) {
            var value = this.getAttribute(name);
            return value && pattern.test(value) ? value : null;
        }

        /** The edition the attribute names, else the next one, else the latest. */
        edition() {
            var slug = this.attr('edition', SLUG);
            if (slug) {
                return Promise.resolve(slug);
            }
            return this.api('editions').then(function (list) {
                var edition = list.upcoming[0] || list.past[0];
                if (!edition) {
                    throw { status: 404 };
                }
                return edition.slug;
            });
        }

        page(path) {
            return this.base + '/ruralitic' + path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=' + this.language;
        }

        heading(offset, text, className) {
            return el('h' + Math.min(this.level + offset, 6), className, text);
        }
    }

    function define(name, render) {
        var Element = class extends Widget {
        };
        Element.prototype.render = render;
        window.customElements.define(name, Element);
    }

    define('ruralitic-programme', function () {
        var self = this;
        var t = this.text;
        var day = this.attr('day', DAY);
        var track = this.attr('track', SLUG);
        var format = (this.getAttribute('format') || '').toUpperCase().replace(/-/g, '_');
        return this.edition().then(function (slug) {
            var query = [day ? 'day=' + day : '', track ? 'track=' + track : ''].filter(Boolean).join('&');
            return self.api('editions/' + slug + '/programme' + (query ? '?' + query : ''));
        }).then(function (days) {
            var root = el('div', 'rt-programme');
            var shown = 0;
            days.forEach(function (programmeDay) {
                var sessions = programmeDay.sessions.filter(function (session) {
                    return !t.formats[format] || session.format === format;
                });
                if (!sessions.length) {
                    return;
                }
                var section = add(el('section', 'rt-programme__day'),
                    add(self.heading(0, null, 'rt-programme__day-title'),
                        time(programmeDay.day, dayText(programmeDay.day, self.language))));
                var list = el('ol', 'rt-programme__sessions');
                add(section, list);
                sessions.forEach(function (session) {
                    shown++;
                    var facts = add(el('ul', 'rt-session__facts'), el('li', null, t.formats[session.format]),
                        session.room ? el('li', null, t.room + ' : ' + session.room) : null,
                        session.track ? el('li', null, label(session.track, self.language)) : null);
                    var speakers = session.speakers && session.speakers.length ? add(el('p', 'rt-session__speakers'),
                        el('span', 'rt-visually-hidden', t.speakers + ' : '), document.createTextNode(
                            session.speakers.map(function (speaker) {
                                return speaker.name + (speaker.organisation ? ' (' + speaker.organisation + ')' : '');
                            }).join(', '))) : null;
                    add(list, add(el('li', 'rt-session'),
                        add(el('p', 'rt-session__time'), time(session.start, clock(session.start)),
                            document.createTextNode(' ' + t.to + ' '), time(session.end, clock(session.end))),
                        add(self.heading(1, null, 'rt-session__title'),
                            link(self.page('/programme/' + session.slug), session.title)),
                        facts, speakers));
                });
                add(root, section);
            });
            if (!shown) {
                add(root, el('p', 'rt-empty', t.none));
            }
            return root;
        });
    });

    define('ruralitic-partners', function () {
        var self = this;
        return this.edition().then(function (slug) {
            return self.api('editions/' + slug + '/partners');
        }).then(function (tiers) {
            var root = el('div', 'rt-partners');
            tiers.forEach(function (group) {
                var list = el('ul', 'rt-partners__list');
                group.partners.forEach(function (partner) {
                    var logo = safeUrl(partner.logoUrl, self.base);
                    var shown;
                    if (logo) {
                        shown = el('img', 'rt-partners__logo rt-partners__logo--'
                            + String(group.logoSize || 'medium').toLowerCase().replace(/_/g, '-'));
                        shown.src = logo;
                        shown.alt = partner.logoAlt || partner.name;
                    }
                    else {
                        shown = document.createTextNode(partner.name);
                    }
                    var site = safeUrl(partner.website, self.base);
                    add(list, add(el('li', 'rt-partners__item'), site ? add(link(site), shown) : shown));
                });
                add(root, add(el('section', 'rt-partners__tier'),
                    self.heading(0, label(group.tier, self.language), 'rt-partners__tier-title'), list));
            });
            if (!tiers.length) {
                add(root, el('p', 'rt-empty', self.text.none));
            }
            return root;
        });
    });

    define('ruralitic-news', function () {
        var self = this;
        var count = parseInt(this.getAttribute('count'), 10);
        var theme = this.attr('theme', SLUG);
        var size = count >= 1 && count <= 20 ? count : 5;
        return this.api('articles?page=1&size=' + size + (theme ? '&theme=' + theme : '')).then(function (page) {
            var root = el('div', 'rt-articles');
            var list = el('ul', 'rt-articles__list');
            add(root, list);
            page.items.forEach(function (article) {
                var item = el('li', 'rt-articles__item');
                add(list, item);
                if (article.language) {
                    item.setAttribute('lang', article.language);
                }
                add(item, add(el('article', 'rt-teaser'),
                    add(self.heading(0, null, 'rt-teaser__title'),
                        link(self.page('/articles/' + article.slug), article.title)),
                    add(el('p', 'rt-teaser__date'), time(article.publishedAt,
                        dateText(article.publishedAt, 'Europe/Paris', self.language))),
                    article.lead ? el('p', 'rt-teaser__lead', article.lead) : null));
            });
            if (!page.items.length) {
                root.replaceChild(el('p', 'rt-empty', self.text.none), list);
            }
            return root;
        });
    });

    define('ruralitic-event', function () {
        var self = this;
        var t = this.text;
        return this.edition().then(function (slug) {
            return self.api('editions/' + slug);
        }).then(function (edition) {
            var venue = edition.venue || {};
            var root = el('section', 'rt-banner');
            add(root, self.heading(0, edition.name, 'rt-banner__name'),
                edition.tagline ? el('p', 'rt-banner__tagline', edition.tagline) : null,
                add(el('dl', 'rt-banner__facts'), el('dt', null, t.dates),
                    add(el('dd'), time(edition.start.substring(0, 10),
                        dateText(edition.start, edition.timeZone, self.language, edition.end))),
                    el('dt', null, t.venue),
                    add(el('dd'), el('address', 'rt-banner__venue', [venue.name, [venue.postalCode, venue.city]
                        .filter(Boolean).join(' ')].filter(Boolean).join(', ')))),
                add(el('p', 'rt-banner__calendar'),
                    link(self.base + '/ruralitic/calendar/' + edition.slug + '.ics', t.calendar)));
            return root;
        });
    });
}());
