/*
 * Journey Maps for Jira: progressive enhancement of the server-rendered pages. The pages read fine
 * without the scripts. This one holds what every feature script uses (page, api, notify, drafts,
 * laneKinds, after) and starts them once all have loaded: journey-maps-list.js (Create map dialog),
 * -cards.js (inline Add card), -board.js, -panel.js, -personas.js, -work.js, -priorities.js, -safety.js (delete
 * dialogs, undo flags, lanes hidden per user), -keys.js (arrow keys on the board), -triage.js (owner and score). They talk to
 * the REST API only, and read everything they need from data- attributes on #content.jm-root.
 * One global: JourneyMaps.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    /* --- page: where we are ------------------------------------------------------------------- */
    JourneyMaps.page = (function () {
        function root() {
            return document.querySelector('.jm-root');
        }

        /**
         * The server writes the context path on the page root in both hosts; AJS.contextPath() is the
         * fallback (e.g. for fragments without a root), because outside Jira AUI's prototyping bundle
         * has no way to know the standalone server's context path.
         */
        function contextPath() {
            var el = root();
            if (el && el.hasAttribute('data-context-path')) {
                return el.getAttribute('data-context-path');
            }
            var AJS = window.AJS;
            return AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
        }

        function data(name) {
            var el = root();
            return el ? el.getAttribute('data-' + name) : null;
        }

        function message(name) {
            return data('msg-' + name) || '';
        }

        /** A message with {0}, {1} … replaced by plain-text arguments (for confirm() and textContent only). */
        function format(name) {
            var args = Array.prototype.slice.call(arguments, 1);
            return message(name).replace(/\{(\d+)\}/g, function (all, i) {
                return args[Number(i)] === undefined ? all : String(args[Number(i)]);
            });
        }

        function mapUrl(id) {
            return contextPath() + '/plugins/servlet/journeymaps/map/' + encodeURIComponent(id);
        }

        /**
         * The cards as the server draws them (the map page's fragment, GET <map page>/cards?ids=…, under the page's work
         * filter): a promise of its #jm-fragment element, null when the answer holds none; rejected on an HTTP error.
         */
        function cards(mapId, ids) {
            var work = /[?&](work=[^&]*)/.exec(window.location.search);
            return window.fetch(mapUrl(mapId) + '/cards?ids=' + ids.join(',') + (work ? '&' + work[1] : ''),
                {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            }).then(function (html) {
                return new window.DOMParser().parseFromString(html, 'text/html').getElementById('jm-fragment');
            });
        }

        return {root: root, contextPath: contextPath, data: data, message: message, format: format, mapUrl: mapUrl, cards: cards};
    })();

    /* --- api: the REST API, Jira's error shape ------------------------------------------------- */
    JourneyMaps.api = (function (page) {
        function base() {
            return page.contextPath() + '/rest/journeymaps/1.0';
        }

        /** Resolves {status, body} for 2xx; rejects {status, errorMessages, errors} otherwise. */
        function send(method, path, body) {
            var init = {
                method: method,
                credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
            };
            if (body !== undefined) {
                init.headers['Content-Type'] = 'application/json';
                init.body = JSON.stringify(body);
            }
            return window.fetch(base() + path, init).then(function (response) {
                return response.text().then(function (text) {
                    var json = null;
                    try {
                        json = text ? JSON.parse(text) : null;
                    } catch (ignored) {
                        json = null;
                    }
                    if (response.ok) {
                        return {status: response.status, body: json};
                    }
                    throw {
                        status: response.status,
                        errorMessages: (json && json.errorMessages) || [],
                        errors: (json && json.errors) || {}
                    };
                });
            }, function () {
                throw {status: 0, errorMessages: [page.message('error-network')], errors: {}};
            });
        }

        return {
            get: function (path) { return send('GET', path); },
            post: function (path, body) { return send('POST', path, body); },
            put: function (path, body) { return send('PUT', path, body); },
            del: function (path) { return send('DELETE', path); }
        };
    })(JourneyMaps.page);

    /* --- notify: AUI messages built with textContent, so server text is never parsed as HTML -- */
    JourneyMaps.notify = (function (page) {
        function messageElement(title, lines, action) {
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-error closeable';
            box.setAttribute('role', 'alert');
            var heading = document.createElement('p');
            heading.className = 'title';
            var strong = document.createElement('strong');
            strong.textContent = title;
            heading.appendChild(strong);
            box.appendChild(heading);
            lines.forEach(function (line) {
                var p = document.createElement('p');
                p.textContent = line;
                box.appendChild(p);
            });
            if (action) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'aui-button';
                button.textContent = action.label;
                button.addEventListener('click', action.run);
                box.appendChild(button);
            }
            return box;
        }

        /**
         * Shows the error in {@code container} (replacing an earlier one); lines are plain text. The heading says the
         * change was not saved unless {@code title} says otherwise (a failed search saved nothing to begin with).
         */
        function error(container, lines, action, title) {
            if (!container) {
                return;
            }
            container.textContent = '';
            container.appendChild(messageElement(title || page.message('error-title'), lines, action));
        }

        function clear(container) {
            if (container) {
                container.textContent = '';
            }
        }

        /**
         * Every message of a REST error, field errors included, as plain text lines. A field error is named by the
         * field's label: from {@code labels} (field name → label), else the label of the page's field of that name.
         */
        function linesOf(failure, labels) {
            var lines = (failure.errorMessages || []).slice();
            Object.keys(failure.errors || {}).forEach(function (field) {
                lines.push(labelOf(field, labels) + ': ' + failure.errors[field]);
            });
            if (failure.status === 409) {
                lines.push(page.message('error-conflict'));
            }
            if (!lines.length) {
                lines.push('HTTP ' + failure.status);
            }
            return lines;
        }

        /** The visible label of the field named {@code field} on the page, or the name in words ("sourceUrl" → "source url"). */
        function labelOf(field, labels) {
            if (labels && labels[field]) {
                return labels[field];
            }
            var input = document.querySelector('[name="' + field.replace(/[^A-Za-z0-9_-]/g, '') + '"][id]');
            var label = input ? document.querySelector('label[for="' + input.id + '"]') : null;
            if (label) {
                var copy = label.cloneNode(true);
                Array.prototype.forEach.call(copy.querySelectorAll('.aui-icon, .assistive'), function (el) {
                    el.parentNode.removeChild(el);
                });
                if (copy.textContent.trim()) {
                    return copy.textContent.trim();
                }
            }
            var words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
            return words.charAt(0).toUpperCase() + words.slice(1);
        }

        return {error: error, clear: clear, linesOf: linesOf, labelOf: labelOf};
    })(JourneyMaps.page);

    /* --- flags: AUI flags for success, now or on the next page (after a reload or a new address) ------------- */
    JourneyMaps.flags = (function () {
        var KEY = 'journeymaps.flag';

        function success(text) {
            if (!text) {
                return;
            }
            var AJS = window.AJS;
            if (AJS && typeof AJS.flag === 'function') {
                var escape = typeof AJS.escapeHtml === 'function' ? AJS.escapeHtml : function (t) {
                    var div = document.createElement('div');
                    div.textContent = t;
                    return div.innerHTML;
                };
                AJS.flag({type: 'success', body: escape(text), close: 'auto'});
            }
        }

        function later(text) {
            try {
                window.sessionStorage.setItem(KEY, text);
            } catch (ignored) {
                // Without storage the next page simply shows no flag.
            }
        }

        function pending() {
            try {
                var text = window.sessionStorage.getItem(KEY);
                window.sessionStorage.removeItem(KEY);
                success(text);
            } catch (ignored) {
                // No storage: nothing pending.
            }
        }

        return {success: success, later: later, pending: pending};
    })();

    /* --- dates: a day from the REST API ("2026-09-18") the way the pages write days (web.Formats: "18 Sep 2026") --- */
    JourneyMaps.dates = (function () {
        function day(iso) {
            var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
            if (!m || !window.Intl || !window.Intl.DateTimeFormat) {
                return iso || '';
            }
            var date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
            return new window.Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short', year: 'numeric'}).format(date);
        }

        return {day: day};
    })();

    /* --- drafts: what the user typed survives a reload after a conflict ---------------------- */
    JourneyMaps.drafts = (function () {
        function key(mapId) {
            return 'journeymaps.draft.' + mapId;
        }

        function save(mapId, draft) {
            try {
                window.sessionStorage.setItem(key(mapId), JSON.stringify(draft));
            } catch (ignored) {
                // Storage can be disabled; the form keeps the text until the user reloads.
            }
        }

        function take(mapId) {
            try {
                var text = window.sessionStorage.getItem(key(mapId));
                window.sessionStorage.removeItem(key(mapId));
                return text ? JSON.parse(text) : null;
            } catch (ignored) {
                return null;
            }
        }

        return {save: save, take: take};
    })();

    /* --- laneKinds: which card fields a lane kind has (mirrors LaneKind.carriesEmotion/Channel) ---- */
    JourneyMaps.laneKinds = (function () {
        var EMOTION = ['emotions'];
        var CHANNEL = ['touchpoints', 'frontstage', 'channels'];
        var ACTIONABLE = ['pain-points', 'opportunities'];

        function has(list, kind) {
            return list.indexOf(kind) >= 0;
        }

        /** Shows the [data-jm-when=emotion|channel|actionable] parts of a form that the lane kind has. */
        function showFieldsFor(container, kind) {
            var when = {emotion: has(EMOTION, kind), channel: has(CHANNEL, kind), actionable: has(ACTIONABLE, kind)};
            Array.prototype.forEach.call(container.querySelectorAll('[data-jm-when]'), function (el) {
                el.hidden = !when[el.getAttribute('data-jm-when')];
            });
        }

        function number(field) {
            return field && !field.closest('[hidden]') && field.value !== '' ? Number(field.value) : null;
        }

        function value(field) {
            return field && !field.closest('[hidden]') && field.value !== '' ? field.value : null;
        }

        return {showFieldsFor: showFieldsFor, number: number, value: value, isActionable: function (kind) { return has(ACTIONABLE, kind); }};
    })();

    /*
     * --- after: bring the board up to date after a write (focus a card, reopen its panel). On the map view the
     * server-rendered board is fetched and swapped in place of the old one (no page load: scripts, styles, scroll
     * position and open flags stay); elsewhere, or if that fails, the page reloads and the state survives in
     * sessionStorage.
     */
    JourneyMaps.after = (function () {
        var KEY = 'journeymaps.after';

        function reloadPage(state) {
            try {
                window.sessionStorage.setItem(KEY, JSON.stringify(state || {}));
            } catch (ignored) {
                // Without storage the page still reloads; only the focus is lost.
            }
            window.location.reload();
        }

        function reload(state) {
            var old = document.getElementById('jm-root');
            if (old && JourneyMaps.more) {
                // Long cells the user opened stay open on the new board.
                state = Object.assign({}, state, {expanded: JourneyMaps.more.expanded(old)});
            }
            if (!old || old.getAttribute('data-jm-page') !== 'map-view' || !window.DOMParser || !window.fetch) {
                reloadPage(state);
                return;
            }
            // Busy until the new board is in (assistive technology waits; so do the browser tests).
            document.body.setAttribute('aria-busy', 'true');
            window.fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            }).then(function (html) {
                var doc = new window.DOMParser().parseFromString(html, 'text/html');
                var fresh = doc.getElementById('jm-root');
                if (!fresh) {
                    throw new Error('no board');
                }
                var board = old.querySelector('.jm-board');
                var scroll = board ? {top: board.scrollTop, left: board.scrollLeft} : null;
                var replacement = document.importNode(fresh, true);
                old.parentNode.replaceChild(replacement, old);
                document.title = doc.title;
                var newBoard = replacement.querySelector('.jm-board');
                if (scroll && newBoard) {
                    newBoard.scrollTop = scroll.top;
                    newBoard.scrollLeft = scroll.left;
                }
                JourneyMaps.init(state || {}, true);
                document.body.removeAttribute('aria-busy');
            }).catch(function () {
                reloadPage(state);
            });
        }

        function take() {
            try {
                var text = window.sessionStorage.getItem(KEY);
                window.sessionStorage.removeItem(KEY);
                return text ? JSON.parse(text) : {};
            } catch (ignored) {
                return {};
            }
        }

        return {reload: reload, take: take};
    })();

    /** Starts the page's features; {@code refreshed} says the board was just swapped in after a write. */
    JourneyMaps.init = function (state, refreshed) {
        var root = JourneyMaps.page.root();
        if (!root) {
            return;
        }
        var kind = root.getAttribute('data-jm-page');
        if (!refreshed) {
            // A flag left for the next page (flags.later, then a navigation) is that page's: a board swapped in on this
            // one meanwhile (the live board catching up while the navigation loads) must not show it here and lose it.
            JourneyMaps.flags.pending();
        }
        if (JourneyMaps.exports) {
            JourneyMaps.exports.init(root);
        }
        if (kind === 'map-list') {
            if (JourneyMaps.createMap) {
                JourneyMaps.createMap.init(root);
            }
            if (JourneyMaps.personas) {
                JourneyMaps.personas.init(root);
            }
            if (JourneyMaps.forYou) {
                JourneyMaps.forYou.init(root);
            }
            if (JourneyMaps.importMaps) {
                JourneyMaps.importMaps.init(root);
            }
            if (JourneyMaps.archivedMaps) {
                JourneyMaps.archivedMaps.init(root);
            }
        } else if (kind === 'history' && JourneyMaps.restoreSnapshot) {
            JourneyMaps.restoreSnapshot.init(root);
        } else if (kind === 'map-view') {
            // An archived map is read-only: none of the editing features start (the server refuses its writes too).
            var editing = root.getAttribute('data-map-archived') !== 'true';
            if (JourneyMaps.addCard && editing) {
                JourneyMaps.addCard.init(root);
            }
            if (JourneyMaps.work && editing) {
                JourneyMaps.work.init(root);
            }
            var after = refreshed ? state : JourneyMaps.after.take();
            if (!refreshed && !after.panel) {
                // A card's own address (…/map/{id}?card={cardId}) opens the side panel on it.
                var match = /[?&]card=(\d+)/.exec(window.location.search);
                if (match) {
                    after.panel = Number(match[1]);
                }
            }
            if (JourneyMaps.keys) {
                JourneyMaps.keys.init(root);
            }
            if (JourneyMaps.more) {
                JourneyMaps.more.init(root, after);
            }
            if (JourneyMaps.header) {
                JourneyMaps.header.init(root, after);
            }
            // The panel makes cards focusable (and may reopen itself), so it starts before the board restores focus.
            if (JourneyMaps.panel && editing) {
                JourneyMaps.panel.init(root, after);
            }
            if (JourneyMaps.board && editing) {
                JourneyMaps.board.init(root, after);
            }
            if (JourneyMaps.comments && editing) {
                JourneyMaps.comments.init(root);
            }
            if (JourneyMaps.triage && editing) {
                JourneyMaps.triage.init(root);
            }
            // Issue 16: Copy link (map, card) and presentation mode (journey-maps-share.js, -present.js).
            if (JourneyMaps.share) {
                JourneyMaps.share.init(root);
            }
            if (JourneyMaps.present) {
                JourneyMaps.present.init(root);
            }
            if (JourneyMaps.live) {
                JourneyMaps.live.init(root);
            }
        }
    };

    /**
     * Runs {@code fn} once the document is parsed and every script of the page has run. The standalone host defers its
     * scripts (they run after the parse, while readyState is already 'interactive', before DOMContentLoaded), Jira loads
     * them blocking in the head; both reach DOMContentLoaded after the last script. A page past it starts at once.
     */
    JourneyMaps.onReady = function (fn) {
        if (document.readyState === 'complete') {
            window.setTimeout(fn, 0);
            return;
        }
        var done = false;
        function once() {
            if (!done) {
                done = true;
                fn();
            }
        }
        document.addEventListener('DOMContentLoaded', once);
        window.addEventListener('load', once);
    };

    // The feature scripts load after this one; start once they all have (they only define modules).
    JourneyMaps.onReady(function () {
        JourneyMaps.init({}, false);
    });
})(window, document);
