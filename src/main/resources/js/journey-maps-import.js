/*
 * Journey Maps for Jira: importing an export document into a project, from the project page (issue 16). The user picks
 * a JSON file, sees what the import will do (POST …/import?preview=true: each map created or already here unchanged,
 * users this site does not know, links carried over and, when asked, how they were found on this site's Jira), then
 * imports it. The server checks the whole document first and writes it in one transaction, so an error here has
 * changed nothing. Adds one name: JourneyMaps.importMaps.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.importMaps = (function () {
        var section;

        function el(id) {
            return document.getElementById(id);
        }

        function msg(name) {
            return section.getAttribute('data-msg-' + name) || '';
        }

        function format(name, values) {
            return msg(name).replace(/\{(\d+)\}/g, function (all, i) {
                return String(values[Number(i)]);
            });
        }

        function path(root, preview) {
            var query = [];
            if (preview) {
                query.push('preview=true');
            }
            if (el('jm-import-resolve').checked) {
                query.push('issues=resolve');
            }
            return '/projects/' + encodeURIComponent(root.getAttribute('data-project-key')) + '/import'
                + (query.length ? '?' + query.join('&') : '');
        }

        /** The chosen file as a parsed document; rejects with an error in words when there is none or it is not JSON. */
        function chosenDocument() {
            var file = el('jm-import-file').files[0];
            if (!file) {
                return Promise.reject({status: 400, errorMessages: [msg('nofile')], errors: {}});
            }
            return file.text().then(function (text) {
                try {
                    return JSON.parse(text);
                } catch (e) {
                    throw {status: 400, errorMessages: [format('notjson', [file.name])], errors: {}};
                }
            });
        }

        function item(list, text) {
            var li = document.createElement('li');
            li.textContent = text;
            list.appendChild(li);
        }

        /** What the import did or would do, in words, as a list under the form. */
        function report(body, preview) {
            var box = el('jm-import-report');
            box.textContent = '';
            var heading = document.createElement('h3');
            heading.textContent = msg(preview ? 'preview-title' : 'done-title');
            box.appendChild(heading);
            var list = document.createElement('ul');
            (body.maps || []).forEach(function (map) {
                item(list, format(map.action === 'create' ? (preview ? 'map-create' : 'map-created') : 'map-unchanged', [map.title]));
            });
            item(list, format('links', [body.links]));
            if (body.issues) {
                item(list, format('resolved', [body.issues.byKey, body.issues.byId, (body.issues.unresolved || []).length]));
            }
            if ((body.unmatchedUsers || []).length) {
                item(list, format('users', [body.unmatchedUsers.join(', ')]));
            }
            box.appendChild(list);
            box.hidden = false;
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        }

        function run(root, preview, button) {
            var messages = el('jm-import-messages');
            JourneyMaps.notify.clear(messages);
            button.disabled = true;
            section.setAttribute('aria-busy', 'true');
            chosenDocument().then(function (doc) {
                return JourneyMaps.api.post(path(root, preview), doc);
            }).then(function (result) {
                report(result.body || {}, preview);
                el('jm-import-run').hidden = !preview;
                if (!preview) {
                    JourneyMaps.flags.later(msg('flag'));
                    window.location.reload();
                }
            }, function (failure) {
                el('jm-import-report').hidden = true;
                JourneyMaps.notify.error(messages, JourneyMaps.notify.linesOf(failure), null, msg('error-title'));
            }).then(function () {
                button.disabled = false;
                section.removeAttribute('aria-busy');
            });
        }

        function init(root) {
            section = el('jm-import');
            var open = el('jm-import-button');
            if (!section || !open) {
                return;
            }
            open.hidden = false;
            open.addEventListener('click', function () {
                section.hidden = !section.hidden;
                open.setAttribute('aria-expanded', String(!section.hidden));
                if (!section.hidden) {
                    el('jm-import-file').focus();
                }
            });
            el('jm-import-file').addEventListener('change', function () {
                el('jm-import-run').hidden = true;
                el('jm-import-report').hidden = true;
            });
            el('jm-import-preview').addEventListener('click', function () {
                run(root, true, el('jm-import-preview'));
            });
            el('jm-import-run').addEventListener('click', function () {
                run(root, false, el('jm-import-run'));
            });
        }

        return {init: init};
    })();
})(window, document);
