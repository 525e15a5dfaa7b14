/*
 * Journey Maps for Jira: a project's personas on the map list. Create and edit in an AUI dialog, delete
 * after a confirmation (the server refuses while maps use the persona and says which). Values are read
 * from and written to the DOM with textContent/value only.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.personas = (function () {
        var FIELDS = ['name', 'description', 'goals', 'frustrations'];

        function init(root) {
            var page = JourneyMaps.page;
            var api = JourneyMaps.api;
            var notify = JourneyMaps.notify;
            var button = document.getElementById('jm-create-persona-button');
            var dialogEl = document.getElementById('jm-persona-dialog');
            var form = document.getElementById('jm-persona-form');
            if (!button || !dialogEl || !form || !window.AJS || !window.AJS.dialog2) {
                return;
            }
            var dialog = window.AJS.dialog2(dialogEl);
            var heading = document.getElementById('jm-persona-heading');
            var messages = form.querySelector('.jm-form-messages');
            var returnFocus = button;
            button.hidden = false;

            function show(persona, from) {
                returnFocus = from;
                form.reset();
                notify.clear(messages);
                fieldErrors({});
                form.elements.personaId.value = persona ? persona.id : '';
                form.elements.version.value = persona ? persona.version : '';
                FIELDS.forEach(function (name) {
                    form.elements[name].value = persona ? persona[name] : '';
                });
                heading.textContent = page.message(persona ? 'persona-edit' : 'persona-create');
                dialog.show();
                form.elements.name.focus();
            }

            function fieldErrors(errors) {
                Array.prototype.forEach.call(form.querySelectorAll('.error[data-field]'), function (el) {
                    el.textContent = errors[el.getAttribute('data-field')] || '';
                });
            }

            button.addEventListener('click', function () {
                show(null, button);
            });
            dialogEl.querySelector('[data-jm-close-dialog]').addEventListener('click', function () {
                dialog.hide();
                returnFocus.focus();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = {projectKey: root.getAttribute('data-project-key')};
                FIELDS.forEach(function (name) {
                    body[name] = form.elements[name].value;
                });
                var id = form.elements.personaId.value;
                var request;
                if (id) {
                    body.version = Number(form.elements.version.value);
                    request = api.put('/personas/' + Number(id), body);
                } else {
                    request = api.post('/personas', body);
                }
                notify.clear(messages);
                request.then(function () {
                    window.location.reload();
                }, function (failure) {
                    fieldErrors(failure.errors || {});
                    notify.error(messages, notify.linesOf(failure));
                });
            });

            Array.prototype.forEach.call(root.querySelectorAll('.jm-persona-card'), function (card) {
                card.querySelector('.jm-persona-actions').hidden = false;
                var persona = {
                    id: Number(card.getAttribute('data-persona-id')),
                    version: Number(card.getAttribute('data-persona-version')),
                    name: card.querySelector('.jm-persona-name').textContent,
                    description: card.querySelector('.jm-persona-description').textContent,
                    goals: card.querySelector('.jm-persona-goals').textContent,
                    frustrations: card.querySelector('.jm-persona-frustrations').textContent
                };
                var edit = card.querySelector('.jm-persona-edit');
                edit.addEventListener('click', function () {
                    show(persona, edit);
                });
                card.querySelector('.jm-persona-delete').addEventListener('click', function () {
                    if (!window.confirm(page.format('confirm-persona', persona.name))) {
                        return;
                    }
                    api.del('/personas/' + persona.id + '?version=' + persona.version).then(function () {
                        window.location.reload();
                    }, function (failure) {
                        notify.error(document.getElementById('jm-messages'), notify.linesOf(failure));
                    });
                });
            });
        }

        return {init: init};
    })();
})(window, document);
