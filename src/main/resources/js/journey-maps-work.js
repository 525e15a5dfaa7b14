/*
 * Journey Maps for Jira: linked work in the card side panel. For a pain point or opportunity it lists the
 * linked issues (read from the lozenges the server drew on the card) with an unlink button each, an issue
 * picker (key, text or JQL, searched as the user types, results in a keyboard-operable listbox) and a
 * "Create in Jira" form that creates an issue of one of the project's types (asked of Jira once per page; the usual
 * Epic/Story/Task, said so, when Jira does not answer) from the card and links it. Every write quotes
 * the map version and reloads the page with the panel open on the same card, as the editor's other writes do.
 * Data is set with textContent only.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.work = (function () {
        var DEBOUNCE_MS = 250;
        var LOZENGES = {'in-progress': 'aui-lozenge-current', done: 'aui-lozenge-success',
            deleted: 'aui-lozenge-removed', 'deleted-or-hidden': 'aui-lozenge-removed'};
        var root, mapId, cardId = null, timer = null, searches = 0, results = [], active = -1, typesAsked = false;

        function el(id) {
            return document.getElementById(id);
        }

        function version() {
            return Number(root.getAttribute('data-map-version'));
        }

        function cardPath(rest) {
            return '/maps/' + encodeURIComponent(mapId) + '/cards/' + Number(cardId) + rest;
        }

        function span(className, text) {
            var node = document.createElement('span');
            node.className = className;
            node.textContent = text || '';
            return node;
        }

        function init(pageRoot) {
            root = pageRoot;
            typesAsked = false; // a swapped-in board brings a fresh create form
            mapId = root.getAttribute('data-map-id');
            var input = el('jm-issue-search');
            if (!input) {
                return;
            }
            input.addEventListener('input', function () {
                window.clearTimeout(timer);
                timer = window.setTimeout(search, DEBOUNCE_MS);
            });
            input.addEventListener('keydown', onKey);
            input.addEventListener('blur', function () {
                window.setTimeout(closeResults, 200);
            });
            el('jm-issue-picker').addEventListener('submit', function (event) {
                event.preventDefault();
                if (active >= 0) {
                    link(results[active]);
                }
            });
            el('jm-create-issue').addEventListener('submit', function (event) {
                event.preventDefault();
                create();
            });
        }

        /** The panel opened on a card: show its links and prepare the picker and the create form for it. */
        function show(cardEl, card) {
            cardId = card.id;
            JourneyMaps.notify.clear(el('jm-work-messages'));
            var list = el('jm-linked-list');
            list.textContent = '';
            var issues = cardEl.querySelectorAll('.jm-work-issue');
            el('jm-linked-empty').hidden = issues.length > 0;
            Array.prototype.forEach.call(issues, function (issue) {
                list.appendChild(linkedItem(issue));
            });
            el('jm-issue-search').value = '';
            closeResults();
            el('jm-create-summary').value = card.text || '';
            loadIssueTypes();
        }

        // --- the create form's issue types: the project's own, from Jira ---------------------------------
        function loadIssueTypes() {
            if (typesAsked) {
                return;
            }
            typesAsked = true;
            var select = el('jm-create-type');
            var note = el('jm-create-type-status');
            note.textContent = note.getAttribute('data-loading');
            JourneyMaps.api.get('/projects/' + encodeURIComponent(root.getAttribute('data-project-key')) + '/issue-types')
                .then(function (result) {
                    var types = result.body.types || [];
                    if (result.body.canCreate === false) {
                        // Not an error: this user may not create issues in the project. Say so instead of a form.
                        el('jm-create-issue').hidden = true;
                        el('jm-create-none').hidden = false;
                        note.textContent = '';
                        return;
                    }
                    if (!types.length) {
                        throw {status: 0};
                    }
                    select.textContent = '';
                    types.forEach(function (type) {
                        var option = document.createElement('option');
                        option.value = type.name;
                        option.textContent = type.name;
                        option.setAttribute('data-type-id', type.id);
                        option.setAttribute('data-epic', String(Boolean(type.epic)));
                        select.appendChild(option);
                    });
                    select.setAttribute('data-source', 'jira');
                    note.textContent = '';
                }).then(null, function () {
                    // Jira is away or refused: keep the usual types, and say they are a guess.
                    select.setAttribute('data-source', 'fallback');
                    note.textContent = note.getAttribute('data-fallback');
                });
        }

        function linkedItem(issue) {
            var li = el('jm-linked-item-template').content.firstElementChild.cloneNode(true);
            var key = issue.getAttribute('data-issue-key');
            var issueId = Number(issue.getAttribute('data-issue-id'));
            li.setAttribute('data-issue-id', String(issueId));
            var source = issue.querySelector('a.jm-issue-key');
            if (source) {
                // The host knows where Jira is: the key opens the issue there.
                var link = document.createElement('a');
                link.className = 'jm-issue-key';
                link.href = source.href;
                link.target = '_blank';
                link.rel = 'noopener';
                li.replaceChild(link, li.querySelector('.jm-issue-key'));
            }
            li.querySelector('.jm-issue-key').textContent = key;
            var status = issue.querySelector('.jm-status-lozenge');
            var lozenge = li.querySelector('.jm-status-lozenge');
            lozenge.textContent = status ? status.textContent : '';
            lozenge.className = 'aui-lozenge jm-status-lozenge ' + (LOZENGES[issue.getAttribute('data-status-category')] || '');
            li.querySelector('.jm-linked-summary').textContent = issue.getAttribute('data-issue-summary') || '';
            var unlink = li.querySelector('.jm-unlink');
            unlink.setAttribute('aria-label', JourneyMaps.page.format('work-unlink', key));
            unlink.addEventListener('click', function () {
                unlink.disabled = true;
                JourneyMaps.api.del(cardPath('/links/' + issueId + '?version=' + version()))
                    .then(reloadWith('jm-issue-search'), function (failure) {
                        unlink.disabled = false;
                        failed(failure);
                    });
            });
            return li;
        }

        // --- the issue picker: a combobox with a listbox of results ----------------------------------
        function looksLikeJql(text) {
            return /[=~<>]|\s(AND|OR|ORDER BY|IN)\s/i.test(text);
        }

        function search() {
            var text = el('jm-issue-search').value.trim();
            var mine = ++searches;
            if (!text) {
                closeResults();
                return;
            }
            var query = (looksLikeJql(text) ? 'jql=' : 'q=') + encodeURIComponent(text) + '&limit=10';
            JourneyMaps.api.get('/issues/search?' + query).then(function (result) {
                if (mine === searches) {
                    render(result.body.issues || []);
                }
            }, function (failure) {
                if (mine === searches) {
                    closeResults();
                    JourneyMaps.notify.error(el('jm-work-messages'), JourneyMaps.notify.linesOf(failure), null,
                        JourneyMaps.page.message('error-search'));
                }
            });
        }

        function render(issues) {
            results = issues;
            active = issues.length ? 0 : -1;
            var list = el('jm-issue-results');
            list.textContent = '';
            issues.forEach(function (issue, index) {
                var option = document.createElement('li');
                option.id = 'jm-issue-option-' + index;
                option.className = 'jm-issue-option';
                option.setAttribute('role', 'option');
                option.setAttribute('data-issue-id', String(issue.id));
                option.appendChild(span('jm-issue-key', issue.key));
                option.appendChild(span('aui-lozenge jm-status-lozenge ' + (LOZENGES[issue.statusCategory] || ''), issue.statusName));
                option.appendChild(span('jm-issue-summary', issue.summary));
                // mousedown would blur the input and close the list before the click lands
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                });
                option.addEventListener('click', function () {
                    link(issue);
                });
                list.appendChild(option);
            });
            list.hidden = issues.length === 0;
            el('jm-issue-search').setAttribute('aria-expanded', String(issues.length > 0));
            el('jm-picker-status').textContent = issues.length
                ? (issues.length === 1 ? JourneyMaps.page.message('work-result') : JourneyMaps.page.format('work-results', issues.length))
                : JourneyMaps.page.message('work-noresults');
            highlight();
        }

        function highlight() {
            var input = el('jm-issue-search');
            Array.prototype.forEach.call(el('jm-issue-results').children, function (option, index) {
                option.setAttribute('aria-selected', String(index === active));
                if (index === active && option.scrollIntoView) {
                    option.scrollIntoView({block: 'nearest'});
                }
            });
            if (active >= 0) {
                input.setAttribute('aria-activedescendant', 'jm-issue-option-' + active);
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function closeResults() {
            results = [];
            active = -1;
            var list = el('jm-issue-results');
            list.textContent = '';
            list.hidden = true;
            el('jm-issue-search').setAttribute('aria-expanded', 'false');
            el('jm-issue-search').removeAttribute('aria-activedescendant');
        }

        function onKey(event) {
            var open = results.length > 0;
            if (event.key === 'ArrowDown' && open) {
                event.preventDefault();
                active = (active + 1) % results.length;
                highlight();
            } else if (event.key === 'ArrowUp' && open) {
                event.preventDefault();
                active = (active - 1 + results.length) % results.length;
                highlight();
            } else if (event.key === 'Enter') {
                event.preventDefault();
                if (open && active >= 0) {
                    link(results[active]);
                }
            } else if (event.key === 'Escape' && open) {
                // Close the list, not the whole panel.
                event.preventDefault();
                event.stopPropagation();
                closeResults();
            }
        }

        // --- writes ---------------------------------------------------------------------------------
        function reloadWith(focusId) {
            return function () {
                JourneyMaps.after.reload({panel: cardId, panelFocus: focusId, focusCard: cardId});
            };
        }

        function failed(failure) {
            var action = failure.status === 409
                ? {label: JourneyMaps.page.message('reload'), run: function () { window.location.reload(); }} : null;
            JourneyMaps.notify.error(el('jm-work-messages'), JourneyMaps.notify.linesOf(failure), action);
        }

        function link(issue) {
            closeResults();
            JourneyMaps.api.post(cardPath('/links'), {version: version(), issueId: issue.id})
                .then(reloadWith('jm-issue-search'), failed);
        }

        function create() {
            var form = el('jm-create-issue');
            var button = form.querySelector('button[type=submit]');
            button.disabled = true;
            JourneyMaps.api.post(cardPath('/issues'), {
                version: version(),
                issueType: form.elements.issueType.value,
                summary: form.elements.summary.value
            }).then(reloadWith('jm-issue-search'), function (failure) {
                button.disabled = false;
                failed(failure);
            });
        }

        return {init: init, show: show};
    })();
})(window, document);
