/*
 * Journey Maps for Jira: the map header — inline edit of the title and the scope card (AUI inline-edit pattern),
 * the "More map actions" menu (rename, duplicate, archive, delete), the future-state dialog and the delete-lane dialog;
 * on an archived map only the banner's Restore button (the map is read-only).
 * Loads after journey-maps.js, whose JourneyMaps.page, .api, .notify, .after and .flags it uses.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.header = (function () {
        var page, api, notify, after, flags, root, header, mapId;
        var LONG = {goal: true, purpose: true};

        function msg(name) {
            return header.getAttribute('data-msg-' + name) || '';
        }

        function format(name) {
            var args = Array.prototype.slice.call(arguments, 1);
            return msg(name).replace(/\{(\d+)\}/g, function (all, i) {
                return args[Number(i)] === undefined ? all : String(args[Number(i)]);
            });
        }

        function mapPath(rest) {
            return '/maps/' + encodeURIComponent(mapId) + (rest || '');
        }

        function version() {
            return Number(root.getAttribute('data-map-version'));
        }

        function init(pageRoot, afterState) {
            page = JourneyMaps.page;
            api = JourneyMaps.api;
            notify = JourneyMaps.notify;
            after = JourneyMaps.after;
            flags = JourneyMaps.flags;
            root = pageRoot;
            header = document.getElementById('jm-map-header');
            mapId = root.getAttribute('data-map-id');
            if (!header) {
                return;
            }
            if (root.getAttribute('data-map-archived') === 'true') {
                initRestore();
            } else {
                initInlineEdit();
                initMenu();
                initFutureState();
                initDuplicate();
                initArchive();
                initDeleteMap();
                initDeleteLane();
            }
            if (afterState && afterState.flag) {
                flags.success(afterState.flag);
            }
            if (afterState && afterState.focusId && document.getElementById(afterState.focusId)) {
                document.getElementById(afterState.focusId).focus();
            }
        }

        // --- inline edit: the value turns into a field with Save and Cancel; Enter saves, Escape cancels ----------
        function initInlineEdit() {
            Array.prototype.forEach.call(root.querySelectorAll('.jm-inline-edit-trigger'), function (trigger) {
                trigger.hidden = false;
                trigger.id = 'jm-edit-' + trigger.getAttribute('data-jm-edit');
                trigger.addEventListener('click', function () {
                    edit(trigger.getAttribute('data-jm-edit'));
                });
            });
            Array.prototype.forEach.call(root.querySelectorAll('.jm-editable-value'), function (value) {
                value.classList.add('jm-editable');
                value.addEventListener('click', function () {
                    edit(value.getAttribute('data-jm-edit'));
                });
            });
        }

        function edit(field) {
            var value = root.querySelector('.jm-editable-value[data-jm-edit="' + field + '"]');
            var trigger = root.querySelector('.jm-inline-edit-trigger[data-jm-edit="' + field + '"]');
            if (!value || value.hidden) {
                return;
            }
            api.get(mapPath()).then(function (result) {
                openEditor(field, value, trigger, result.body);
            }, function (failure) {
                notify.error(document.getElementById('jm-messages'), notify.linesOf(failure));
            });
        }

        function openEditor(field, value, trigger, map) {
            var form = document.createElement('form');
            form.className = 'aui jm-inline-form';
            form.noValidate = true;
            var input = document.createElement(LONG[field] ? 'textarea' : 'input');
            input.className = (LONG[field] ? 'textarea' : 'text') + ' long-field jm-inline-input';
            input.id = 'jm-inline-' + field;
            input.name = field;
            input.maxLength = field === 'title' ? 255 : 1000;
            if (LONG[field]) {
                input.rows = 3;
            } else {
                input.type = 'text';
            }
            input.value = map[field] || '';
            input.setAttribute('aria-label', value.getAttribute('data-jm-label'));
            var error = document.createElement('div');
            error.className = 'error';
            error.id = 'jm-inline-' + field + '-error';
            input.setAttribute('aria-describedby', error.id);
            var buttons = document.createElement('div');
            buttons.className = 'jm-inline-buttons';
            buttons.appendChild(iconButton('submit', 'aui-iconfont-check', msg('edit-save')));
            var cancel = iconButton('button', 'aui-iconfont-cross', msg('edit-cancel'));
            buttons.appendChild(cancel);
            form.appendChild(input);
            form.appendChild(buttons);
            form.appendChild(error);
            value.hidden = true;
            if (trigger) {
                trigger.hidden = true;
            }
            value.parentNode.insertBefore(form, value.nextSibling);
            input.focus();
            input.select();

            function close() {
                form.parentNode.removeChild(form);
                value.hidden = false;
                if (trigger) {
                    trigger.hidden = false;
                    trigger.focus();
                }
            }

            cancel.addEventListener('click', close);
            form.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    event.stopPropagation();
                    close();
                } else if (event.key === 'Enter' && (!LONG[field] || event.ctrlKey || event.metaKey)) {
                    event.preventDefault();
                    form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit'));
                }
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (input.value === (map[field] || '')) {
                    close();
                    return;
                }
                if (field === 'title' && !input.value.trim()) {
                    showError(value.getAttribute('data-jm-label') + ': ' + msg('required'));
                    return;
                }
                var body = {
                    version: version(), title: map.title, type: map.type, persona: map.persona, journey: map.journey,
                    goal: map.goal, purpose: map.purpose, personaId: map.personaId
                };
                body[field] = input.value;
                input.setAttribute('aria-busy', 'true');
                api.put(mapPath(), body).then(function () {
                    after.reload({focusId: 'jm-edit-' + field, flag: msg('saved')});
                }, function (failure) {
                    input.removeAttribute('aria-busy');
                    showError(notify.linesOf(failure, labelOf(field, value)).join(' '));
                });
            });

            function showError(text) {
                error.textContent = text;
                input.setAttribute('aria-invalid', 'true');
                input.focus();
            }
        }

        function labelOf(field, value) {
            var labels = {};
            labels[field] = value.getAttribute('data-jm-label');
            return labels;
        }

        function iconButton(type, icon, label) {
            var button = document.createElement('button');
            button.type = type;
            button.className = 'aui-button aui-button-compact jm-inline-button';
            var span = document.createElement('span');
            span.className = 'aui-icon aui-icon-small ' + icon;
            span.textContent = label;
            button.appendChild(span);
            button.title = label;
            return button;
        }

        // --- "More map actions": a disclosure menu of buttons -------------------------------------------------
        function initMenu() {
            var trigger = document.getElementById('jm-map-actions-button');
            var menu = document.getElementById('jm-map-actions-menu');
            if (!trigger || !menu) {
                return;
            }
            trigger.hidden = false;

            function setOpen(open) {
                menu.hidden = !open;
                trigger.setAttribute('aria-expanded', open ? 'true' : 'false');
            }

            trigger.addEventListener('click', function () {
                setOpen(menu.hidden);
                if (!menu.hidden) {
                    menu.querySelector('button').focus();
                }
            });
            menu.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    setOpen(false);
                    trigger.focus();
                }
            });
            document.addEventListener('click', function (event) {
                if (!menu.hidden && !menu.contains(event.target) && !trigger.contains(event.target)) {
                    setOpen(false);
                }
            });
            menu.addEventListener('click', function (event) {
                var item = event.target.closest('[data-jm-map-action]');
                if (!item) {
                    return;
                }
                setOpen(false);
                var action = item.getAttribute('data-jm-map-action');
                if (action === 'rename') {
                    edit('title');
                } else if (action === 'duplicate') {
                    showDialog('jm-duplicate-dialog', format('copy-title', titleText()));
                } else if (action === 'archive') {
                    document.getElementById('jm-archive-map-body').textContent = format('archive-body', titleText());
                    showDialog('jm-archive-map-dialog');
                } else if (action === 'delete') {
                    document.getElementById('jm-delete-map-body').textContent = format('delete-body', titleText(),
                        header.getAttribute('data-stage-count'), header.getAttribute('data-card-count'));
                    showDialog('jm-delete-map-dialog');
                }
            });
        }

        function titleText() {
            return document.getElementById('jm-map-title-text').textContent.trim();
        }

        // --- dialogs --------------------------------------------------------------------------------------------
        var dialogs = {};

        function dialogOf(id) {
            if (!dialogs[id]) {
                var el = document.getElementById(id);
                dialogs[id] = window.AJS.dialog2(el);
                el.querySelector('[data-jm-close-dialog]').addEventListener('click', function () {
                    dialogs[id].hide();
                });
            }
            return dialogs[id];
        }

        /** Shows a dialog, clears its errors, fills its title field (if any) and focuses its first field or button. */
        function showDialog(id, title) {
            var el = document.getElementById(id);
            var form = el.querySelector('form');
            notify.clear(form.querySelector('.jm-form-messages'));
            Array.prototype.forEach.call(form.querySelectorAll('.error'), function (e) {
                e.textContent = '';
            });
            if (form.elements.title) {
                form.elements.title.value = title || '';
                form.elements.title.removeAttribute('aria-invalid');
            }
            dialogOf(id).show();
            var first = form.elements.title || form.querySelector('button[type="submit"]');
            first.focus();
            if (form.elements.title) {
                form.elements.title.select();
            }
        }

        /** Submits a dialog's form: field errors under the field (focus kept there), other errors in the dialog. */
        function onSubmit(id, request) {
            var form = document.getElementById(id).querySelector('form');
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var submit = form.querySelector('button[type="submit"]');
                submit.disabled = true;
                submit.setAttribute('aria-busy', 'true');
                request(form).then(null, function (failure) {
                    submit.disabled = false;
                    submit.removeAttribute('aria-busy');
                    var title = form.elements.title;
                    if (title && failure.errors && failure.errors.title) {
                        form.querySelector('.error[data-field="title"]').textContent = failure.errors.title;
                        title.setAttribute('aria-invalid', 'true');
                        title.focus();
                        delete failure.errors.title;
                        if (!failure.errorMessages.length && !Object.keys(failure.errors).length) {
                            return;
                        }
                    }
                    notify.error(form.querySelector('.jm-form-messages'), notify.linesOf(failure));
                });
            });
        }

        function initFutureState() {
            var button = document.getElementById('jm-future-state-open');
            if (!button || !document.getElementById('jm-future-state-dialog')) {
                return;
            }
            button.hidden = false;
            button.addEventListener('click', function () {
                showDialog('jm-future-state-dialog', futureTitle(titleText()));
            });
            onSubmit('jm-future-state-dialog', function (form) {
                return api.post(mapPath('/future-state'), {title: form.elements.title.value}).then(function (result) {
                    flags.later(msg('future-created'));
                    window.location.assign(page.mapUrl(result.body.id));
                });
            });
        }

        /** Mirrors MapCatalog.futureStateTitle: "Onboarding (Current state)" → "Onboarding (future state)". */
        function futureTitle(current) {
            var base = current.replace(/\s*[([]?\s*current[ -]state\s*[)\]]?\s*$/i, '').trim();
            return (base || current) + ' (future state)';
        }

        function initDuplicate() {
            onSubmit('jm-duplicate-dialog', function (form) {
                return api.post(mapPath('/copy'), {title: form.elements.title.value}).then(function (result) {
                    window.location.assign(page.mapUrl(result.body.id));
                });
            });
        }

        function initDeleteMap() {
            onSubmit('jm-delete-map-dialog', function () {
                var title = titleText();
                if (JourneyMaps.live) {
                    JourneyMaps.live.stop(); // the deleted map's changes must not reload it under the navigation
                }
                return api.del(mapPath('?version=' + version())).then(function () {
                    flags.later(format('deleted', title));
                    window.location.assign(page.contextPath() + '/plugins/servlet/journeymaps/project/'
                        + encodeURIComponent(root.getAttribute('data-project-key')));
                }, function (failure) {
                    if (JourneyMaps.live) {
                        JourneyMaps.live.resume();
                    }
                    throw failure;
                });
            });
        }

        // --- archive and restore: the map stays whole; archived it is read-only and out of the project's roll-ups ----
        function initArchive() {
            onSubmit('jm-archive-map-dialog', function () {
                var title = titleText();
                return api.post(mapPath('/archive'), {version: version()}).then(function () {
                    flags.later(format('archived', title));
                    window.location.assign(page.mapUrl(mapId));
                });
            });
        }

        function initRestore() {
            var button = document.getElementById('jm-restore-map');
            if (!button) {
                return;
            }
            button.hidden = false;
            button.addEventListener('click', function () {
                var title = titleText();
                button.disabled = true;
                button.setAttribute('aria-busy', 'true');
                api.post(mapPath('/restore'), {version: version()}).then(function () {
                    flags.later(format('restored', title));
                    window.location.assign(page.mapUrl(mapId));
                }, function (failure) {
                    button.disabled = false;
                    button.removeAttribute('aria-busy');
                    notify.error(document.getElementById('jm-messages'), notify.linesOf(failure));
                });
            });
        }

        // --- delete a lane: the lane tools' "Delete lane" button ----------------------------------------------
        function initDeleteLane() {
            var laneId = null;
            var laneTitle = '';
            root.addEventListener('click', function (event) {
                var button = event.target.closest('[data-jm-action="delete-lane"]');
                if (!button) {
                    return;
                }
                var lane = button.closest('.jm-lane');
                laneId = lane.getAttribute('data-lane-id');
                laneTitle = lane.querySelector('.jm-lane-title').textContent.trim();
                document.getElementById('jm-delete-lane-body').textContent = format('lane-delete-body', laneTitle,
                    lane.querySelectorAll('.jm-card').length);
                showDialog('jm-delete-lane-dialog');
            });
            onSubmit('jm-delete-lane-dialog', function () {
                var quoted = version();
                return api.del(mapPath('/lanes/' + encodeURIComponent(laneId) + '?version=' + quoted)).then(function (result) {
                    JourneyMaps.undo.offer(format('lane-deleted', laneTitle), result.body && result.body.version ? result.body.version : quoted + 1);
                    after.reload({});
                });
            });
        }

        return {init: init, futureTitle: futureTitle};
    })();
})(window, document);
