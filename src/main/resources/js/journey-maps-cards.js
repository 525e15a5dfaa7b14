/*
 * Journey Maps for Jira: adding a card inline in a cell of the map view (with a draft kept across reloads).
 * Loads after journey-maps.js, whose JourneyMaps.page, .api, .notify and .drafts it uses.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

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
})(window, document);
