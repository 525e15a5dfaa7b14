/*
 * Journey Maps for Jira: prioritization, ownership and review. Enhances the server-rendered priorities page
 * (score and owner forms, scoring method, map owner, review interval, "Mark reviewed") and the map view's
 * "Mark reviewed" button. Without it both pages still read fully. It talks to the REST API only, reuses
 * JourneyMaps.page, .api and .notify from journey-maps.js, and adds one name: JourneyMaps.priorities.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.priorities = (function () {
        var page = JourneyMaps.page;
        var notify = JourneyMaps.notify;
        var api = JourneyMaps.api;
        /** Display name (lower case) → user key, from every picker answer seen so far. */
        var people = {};

        function mapPath(root, rest) {
            return '/maps/' + encodeURIComponent(root.getAttribute('data-map-id')) + rest;
        }

        function version(root) {
            return Number(root.getAttribute('data-map-version'));
        }

        /** Every write answers with the map's new version; the next write in a chain quotes it. */
        function written(root, result) {
            if (result && result.body && result.body.version !== undefined) {
                root.setAttribute('data-map-version', String(result.body.version));
            }
            return result;
        }

        function failed(container, button) {
            return function (failure) {
                if (button) {
                    button.disabled = false;
                }
                var action = failure.status === 409
                    ? {label: page.message('reload'), run: function () { window.location.reload(); }}
                    : null;
                notify.error(container, notify.linesOf(failure), action);
            };
        }

        /* --- the user picker: suggestions in a datalist, resolved to a key on save ------------------ */
        function suggest(input) {
            var timer = null;
            input.addEventListener('input', function () {
                window.clearTimeout(timer);
                var text = input.value.trim();
                if (text.length < 1) {
                    return;
                }
                timer = window.setTimeout(function () {
                    api.get('/users?query=' + encodeURIComponent(text)).then(function (result) {
                        fill(result.body || []);
                    }, function () { /* suggestions are a convenience; saving reports errors */ });
                }, 200);
            });
        }

        function fill(found) {
            var list = document.getElementById('jm-people');
            if (!list) {
                return;
            }
            list.textContent = '';
            found.forEach(function (person) {
                people[person.displayName.toLowerCase()] = person.key;
                var option = document.createElement('option');
                option.value = person.displayName;
                list.appendChild(option);
            });
        }

        /** Resolves {changed, key}: "" unassigns; a name must match exactly one person. */
        function resolveOwner(input) {
            var text = input.value.trim();
            var originalKey = input.getAttribute('data-owner-key') || '';
            if (text === input.defaultValue.trim()) {
                return Promise.resolve({changed: false, key: originalKey});
            }
            if (!text) {
                return Promise.resolve({changed: originalKey !== '', key: ''});
            }
            if (people[text.toLowerCase()]) {
                var known = people[text.toLowerCase()];
                return Promise.resolve({changed: known !== originalKey, key: known});
            }
            return api.get('/users?query=' + encodeURIComponent(text)).then(function (result) {
                var found = result.body || [];
                fill(found);
                var exact = found.filter(function (person) {
                    return person.displayName.toLowerCase() === text.toLowerCase() || person.key === text;
                });
                var pick = exact.length === 1 ? exact[0] : (found.length === 1 ? found[0] : null);
                if (!pick) {
                    throw {status: 400, errorMessages: [page.message(found.length ? 'owner-ambiguous' : 'owner-unknown')], errors: {}};
                }
                return {changed: pick.key !== originalKey, key: pick.key};
            });
        }

        /* --- a card's score and owner --------------------------------------------------------------- */
        function numberOrNull(form, name) {
            var field = form.elements[name];
            return field && field.value !== '' ? Number(field.value) : null;
        }

        function saveTriage(root, form) {
            var cardId = form.getAttribute('data-card-id');
            var messages = form.querySelector('.jm-form-messages');
            var button = form.querySelector('button[type=submit]');
            button.disabled = true;
            notify.clear(messages);
            var path = mapPath(root, '/triage/' + encodeURIComponent(cardId));
            resolveOwner(form.elements.owner).then(function (owner) {
                return api.put(path, {
                    version: version(root),
                    impact: numberOrNull(form, 'impact'),
                    feasibility: numberOrNull(form, 'feasibility'),
                    reach: numberOrNull(form, 'reach'),
                    riceImpact: numberOrNull(form, 'riceImpact'),
                    effort: numberOrNull(form, 'effort')
                }).then(function (result) {
                    written(root, result);
                    return owner.changed
                        ? api.put(path + '/owner', {version: version(root), owner: owner.key}).then(function (r) { return written(root, r); })
                        : result;
                });
            }).then(function () {
                window.location.reload();
            }, failed(messages, button));
        }

        /**
         * A row's score form: the page carries one (a template), cloned into the row on first use and filled from the
         * row's data attributes; labels keep pointing at their fields through per-card ids.
         */
        function triageForm(root, details) {
            var existing = details.querySelector('.jm-triage-form');
            var template = document.getElementById('jm-triage-template');
            if (existing || !template) {
                return existing;
            }
            var cardId = details.getAttribute('data-card-id');
            var form = template.content.firstElementChild.cloneNode(true);
            form.setAttribute('data-card-id', cardId);
            Array.prototype.forEach.call(form.querySelectorAll('[id], label[for]'), function (element) {
                var attribute = element.hasAttribute('for') ? 'for' : 'id';
                element.setAttribute(attribute, element.getAttribute(attribute).replace(/CARD$/, cardId));
            });
            var values = {impact: 'data-impact', feasibility: 'data-feasibility', riceImpact: 'data-rice-impact',
                reach: 'data-reach', effort: 'data-effort', owner: 'data-owner-name'};
            Object.keys(values).forEach(function (name) {
                var field = form.elements[name];
                if (field) {
                    field.value = details.getAttribute(values[name]) || '';
                    field.defaultValue = field.value;
                }
            });
            form.elements.owner.setAttribute('data-owner-key', details.getAttribute('data-owner-key') || '');
            details.appendChild(form);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                saveTriage(root, form);
            });
            suggest(form.elements.owner);
            return form;
        }

        /* --- map-level settings: method, owner, interval, review ------------------------------------ */
        function onSubmit(form, run) {
            if (!form) {
                return;
            }
            form.hidden = false;
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                run(form);
            });
        }

        function reviewMessages() {
            return document.getElementById('jm-review-messages') || document.getElementById('jm-messages');
        }

        function saveAndReload(root, button, call) {
            var messages = reviewMessages();
            if (button) {
                button.disabled = true;
            }
            notify.clear(messages);
            call().then(function () {
                window.location.reload();
            }, failed(messages, button));
        }

        function initMarkReviewed(root) {
            var button = document.getElementById('jm-mark-reviewed');
            if (!button) {
                return;
            }
            var holder = button.closest('.jm-review-actions');
            if (holder) {
                holder.hidden = false;
            }
            button.hidden = false;
            button.addEventListener('click', function () {
                saveAndReload(root, button, function () {
                    return api.post(mapPath(root, '/review'), {version: version(root)}).then(function (result) {
                        if (JourneyMaps.flags) {
                            JourneyMaps.flags.later(button.getAttribute('data-jm-done'));
                        }
                        return result;
                    });
                });
            });
        }

        function initPriorities(root) {
            if (root.getAttribute('data-jm-scope') !== 'map') {
                return;
            }
            Array.prototype.forEach.call(root.querySelectorAll('.jm-triage'), function (details) {
                details.hidden = false;
                // The form is built when "Edit" is first pressed (click covers Enter and Space on the summary).
                details.querySelector('summary').addEventListener('click', function () {
                    triageForm(root, details);
                });
            });
            onSubmit(document.getElementById('jm-method-form'), function (form) {
                saveAndReload(root, form.querySelector('button'), function () {
                    return api.put(mapPath(root, '/scoring'), {version: version(root), method: form.elements.method.value});
                });
            });
            onSubmit(document.getElementById('jm-map-owner-form'), function (form) {
                saveAndReload(root, form.querySelector('button'), function () {
                    return resolveOwner(form.elements.owner).then(function (owner) {
                        return api.put(mapPath(root, '/owner'), {version: version(root), owner: owner.key});
                    });
                });
            });
            onSubmit(document.getElementById('jm-interval-form'), function (form) {
                saveAndReload(root, form.querySelector('button'), function () {
                    return api.put(mapPath(root, '/review'), {version: version(root), intervalDays: Number(form.elements.intervalDays.value)});
                });
            });
            initMarkReviewed(root);
            // Filters apply as soon as they change; the Apply button stays for keyboard and no-JS users.
            Array.prototype.forEach.call(root.querySelectorAll('.jm-filter-form input[type=checkbox]'), function (box) {
                box.addEventListener('change', function () {
                    box.form.submit();
                });
            });
        }

        function init() {
            var root = page.root();
            if (!root) {
                return;
            }
            var kind = root.getAttribute('data-jm-page');
            if (kind === 'priorities') {
                initPriorities(root);
            } else if (kind === 'map-view') {
                initMarkReviewed(root);
            }
        }

        return {init: init, resolveOwner: resolveOwner, suggest: suggest};
    })();

    JourneyMaps.onReady(JourneyMaps.priorities.init);
})(window, document);
