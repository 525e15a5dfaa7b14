/*
 * Journey Maps for Jira: the project's map list — the "Create map" AUI dialog, posting to the REST API and
 * opening the new map. Loads after journey-maps.js, whose JourneyMaps.page, .api and .notify it uses.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

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
                var name = el.getAttribute('data-field');
                el.textContent = errors[name] || '';
                if (form.elements[name] && !errors[name]) {
                    form.elements[name].removeAttribute('aria-invalid');
                }
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
                var errors = failure.errors || {};
                fieldErrors(form, errors);
                // Errors of a field of the form show next to it (and focus goes there); only the rest go on top.
                var shown = Object.keys(errors).filter(function (name) { return form.elements[name]; });
                var rest = {status: failure.status, errorMessages: failure.errorMessages, errors: {}};
                Object.keys(errors).forEach(function (name) {
                    if (shown.indexOf(name) < 0) {
                        rest.errors[name] = errors[name];
                    }
                });
                if (rest.errorMessages.length || Object.keys(rest.errors).length || !shown.length) {
                    notify.error(messages, notify.linesOf(rest));
                }
                if (shown.length) {
                    form.elements[shown[0]].setAttribute('aria-invalid', 'true');
                    form.elements[shown[0]].focus();
                }
            });
        }

        return {init: init};
    })(JourneyMaps.page, JourneyMaps.api, JourneyMaps.notify);
    /* --- archivedMaps: "Restore" in the project's "Archived (n)" section ---------------------------------------- */
    JourneyMaps.archivedMaps = (function (page, api, notify, flags) {
        function init(root) {
            var section = root.querySelector('#jm-archived-maps');
            if (!section) {
                return;
            }
            Array.prototype.forEach.call(section.querySelectorAll('[data-jm-restore-map]'), function (button) {
                button.hidden = false;
                button.addEventListener('click', function () {
                    restore(section, button);
                });
            });
        }

        function restore(section, button) {
            var path = '/maps/' + encodeURIComponent(button.getAttribute('data-jm-restore-map'));
            var title = button.getAttribute('data-jm-title');
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            api.get(path).then(function (result) {
                return api.post(path + '/restore', {version: result.body.version});
            }).then(function () {
                flags.later(section.getAttribute('data-msg-restored').replace('{0}', title));
                window.location.reload();
            }, function (failure) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                notify.error(document.getElementById('jm-archived-messages'), notify.linesOf(failure));
            });
        }

        return {init: init};
    })(JourneyMaps.page, JourneyMaps.api, JourneyMaps.notify, JourneyMaps.flags);
})(window, document);
