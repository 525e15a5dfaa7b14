/*
 * Journey Maps for Jira: progressive enhancement of the server-rendered pages. The pages read fine
 * without this file; it adds the "Create map" dialog and the inline "Add card" forms. It talks to the
 * REST API only, and reads everything it needs from data- attributes on #content.jm-root.
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

        return {root: root, contextPath: contextPath, data: data, message: message, format: format, mapUrl: mapUrl};
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

        /** Shows the error in {@code container} (replacing an earlier one); lines are plain text. */
        function error(container, lines, action) {
            if (!container) {
                return;
            }
            container.textContent = '';
            container.appendChild(messageElement(page.message('error-title'), lines, action));
        }

        function clear(container) {
            if (container) {
                container.textContent = '';
            }
        }

        /** Every message of a REST error, field errors included, as plain text lines. */
        function linesOf(failure) {
            var lines = (failure.errorMessages || []).slice();
            Object.keys(failure.errors || {}).forEach(function (field) {
                lines.push(field + ': ' + failure.errors[field]);
            });
            if (failure.status === 409) {
                lines.push(page.message('error-conflict'));
            }
            if (!lines.length) {
                lines.push('HTTP ' + failure.status);
            }
            return lines;
        }

        return {error: error, clear: clear, linesOf: linesOf};
    })(JourneyMaps.page);

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

    /* --- after: what to do once the page reloads after a write (focus a card, reopen its panel) --- */
    JourneyMaps.after = (function () {
        var KEY = 'journeymaps.after';

        function reload(state) {
            try {
                window.sessionStorage.setItem(KEY, JSON.stringify(state || {}));
            } catch (ignored) {
                // Without storage the page still reloads; only the focus is lost.
            }
            window.location.reload();
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

    /* --- createMap: the AUI dialog on the project's map list ---------------------------------- */
    JourneyMaps.createMap = (function (page, api, notify) {
        function init(root) {
            var button = document.getElementById('jm-create-map-button');
            var dialogEl = document.getElementById('jm-create-map-dialog');
            var form = document.getElementById('jm-create-map-form');
            if (!button || !dialogEl || !form || !window.AJS || !window.AJS.dialog2) {
                return;
            }
            var dialog = window.AJS.dialog2(dialogEl);
            button.hidden = false;
            button.addEventListener('click', function () {
                dialog.show();
                form.elements.title.focus();
            });
            dialogEl.querySelector('[data-jm-close-dialog]').addEventListener('click', function () {
                dialog.hide();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                submit(root, form);
            });
        }

        function fieldErrors(form, errors) {
            Array.prototype.forEach.call(form.querySelectorAll('.error[data-field]'), function (el) {
                el.textContent = errors[el.getAttribute('data-field')] || '';
            });
        }

        function submit(root, form) {
            var submitButton = document.getElementById('jm-create-map-submit');
            var messages = form.querySelector('.jm-form-messages');
            var body = {projectKey: root.getAttribute('data-project-key')};
            ['title', 'type', 'persona', 'journey', 'goal', 'purpose'].forEach(function (name) {
                body[name] = form.elements[name].value;
            });
            body.personaId = form.elements.personaId && form.elements.personaId.value ? Number(form.elements.personaId.value) : null;
            submitButton.disabled = true;
            submitButton.setAttribute('aria-busy', 'true');
            notify.clear(messages);
            fieldErrors(form, {});
            api.post('/maps', body).then(function (result) {
                window.location.assign(page.mapUrl(result.body.id));
            }, function (failure) {
                submitButton.disabled = false;
                submitButton.removeAttribute('aria-busy');
                fieldErrors(form, failure.errors || {});
                notify.error(messages, notify.linesOf(failure));
            });
        }

        return {init: init};
    })(JourneyMaps.page, JourneyMaps.api, JourneyMaps.notify);

    /* --- addCard: an inline form in each cell of the map view --------------------------------- */
    JourneyMaps.addCard = (function (page, api, notify, drafts) {
        function init(root) {
            var template = document.getElementById('jm-add-card-template');
            if (!template) {
                return;
            }
            Array.prototype.forEach.call(root.querySelectorAll('.jm-add-card'), function (button) {
                button.hidden = false;
                button.addEventListener('click', function () {
                    open(root, template, button.closest('.jm-cell'));
                });
            });
            var draft = drafts.take(root.getAttribute('data-map-id'));
            if (draft) {
                var cell = root.querySelector('.jm-cell[data-lane-id="' + Number(draft.laneId) + '"][data-stage-id="' + Number(draft.stageId) + '"]');
                if (cell) {
                    var form = open(root, template, cell);
                    form.elements.text.value = draft.text || '';
                    form.elements.details.value = draft.details || '';
                }
            }
        }

        function open(root, template, cell) {
            var existing = cell.querySelector('.jm-add-card-form');
            if (existing) {
                existing.elements.text.focus();
                return existing;
            }
            var form = template.content.firstElementChild.cloneNode(true);
            var kind = cell.closest('.jm-lane').getAttribute('data-lane-kind');
            JourneyMaps.laneKinds.showFieldsFor(form, kind);
            var button = cell.querySelector('.jm-add-card');
            cell.insertBefore(form, button);
            button.hidden = true;
            form.elements.text.focus();
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                submit(root, cell, form);
            });
            form.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    close(cell, form);
                } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                    event.preventDefault();
                    submit(root, cell, form);
                }
            });
            form.querySelector('[data-jm-cancel]').addEventListener('click', function () {
                close(cell, form);
            });
            return form;
        }

        function close(cell, form) {
            var button = cell.querySelector('.jm-add-card');
            form.parentNode.removeChild(form);
            button.hidden = false;
            button.focus();
        }

        function submit(root, cell, form) {
            var mapId = root.getAttribute('data-map-id');
            var draft = {
                laneId: Number(cell.getAttribute('data-lane-id')),
                stageId: Number(cell.getAttribute('data-stage-id')),
                text: form.elements.text.value,
                details: form.elements.details.value,
                emotion: JourneyMaps.laneKinds.number(form.elements.emotion),
                channel: JourneyMaps.laneKinds.value(form.elements.channel)
            };
            var save = form.querySelector('button[type=submit]');
            var messages = form.querySelector('.jm-form-messages');
            save.disabled = true;
            notify.clear(messages);
            api.post('/maps/' + encodeURIComponent(mapId) + '/cards', {
                version: Number(root.getAttribute('data-map-version')),
                laneId: draft.laneId,
                stageId: draft.stageId,
                text: draft.text,
                details: draft.details,
                emotion: draft.emotion,
                channel: draft.channel
            }).then(function (result) {
                root.setAttribute('data-map-version', String(result.body.version));
                JourneyMaps.after.reload({focusCard: result.body.card.id});
            }, function (failure) {
                save.disabled = false;
                var action = null;
                if (failure.status === 409) {
                    drafts.save(mapId, draft);
                    action = {label: page.message('reload'), run: function () { window.location.reload(); }};
                }
                notify.error(messages, notify.linesOf(failure), action);
            });
        }

        return {init: init};
    })(JourneyMaps.page, JourneyMaps.api, JourneyMaps.notify, JourneyMaps.drafts);

    JourneyMaps.init = function () {
        var root = JourneyMaps.page.root();
        if (!root) {
            return;
        }
        var kind = root.getAttribute('data-jm-page');
        if (kind === 'map-list') {
            JourneyMaps.createMap.init(root);
            if (JourneyMaps.personas) {
                JourneyMaps.personas.init(root);
            }
        } else if (kind === 'map-view') {
            JourneyMaps.addCard.init(root);
            if (JourneyMaps.work) {
                JourneyMaps.work.init(root);
            }
            var after = JourneyMaps.after.take();
            // The panel makes cards focusable (and may reopen itself), so it starts before the board restores focus.
            if (JourneyMaps.panel) {
                JourneyMaps.panel.init(root, after);
            }
            if (JourneyMaps.board) {
                JourneyMaps.board.init(root, after);
            }
        }
    };

    // The feature scripts load after this one; start once they all have (they only define modules).
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', JourneyMaps.init);
    } else {
        window.setTimeout(JourneyMaps.init, 0);
    }
})(window, document);
