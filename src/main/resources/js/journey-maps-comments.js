/*
 * Journey Maps for Jira: comments on a card, in the side panel, and the "For you" list on the project page. The
 * panel lists the card's comments (oldest first) and, for editors, a box to add one: typing @ and a few letters
 * offers Jira users (the owner picker's /users search) in a listbox operated with the arrow keys, Enter or a click.
 * A picked person shows as "@Name" in the box and is sent as @[userKey]. One's own comments can be edited, and
 * deleted after the AUI confirm dialog. A comment quotes no map version (it never conflicts); its answer moves the
 * page's version on only when nobody else wrote in between. Text is only ever set with textContent.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};
    var TOKEN = /(^|\s)@([^\s@]{1,40})$/;

    JourneyMaps.comments = (function () {
        var root, section, input, mapId, cardId = null, people = {}, found = [], active = -1, timer = null, asked = 0;

        function el(id) {
            return document.getElementById(id);
        }

        function msg(name) {
            return section.getAttribute('data-msg-' + name) || '';
        }

        function path(rest) {
            return '/maps/' + encodeURIComponent(mapId) + '/cards/' + Number(cardId) + '/comments' + (rest || '');
        }

        function init(pageRoot) {
            root = pageRoot;
            section = el('jm-comments');
            if (!section) {
                return;
            }
            mapId = root.getAttribute('data-map-id');
            input = el('jm-comment-text');
            input.addEventListener('input', function () {
                window.clearTimeout(timer);
                timer = window.setTimeout(suggest, 200);
            });
            input.addEventListener('keydown', onKey);
            input.addEventListener('blur', function () {
                window.setTimeout(closeList, 200);
            });
            el('jm-comment-form').addEventListener('submit', function (event) {
                event.preventDefault();
                save();
            });
            el('jm-comment-cancel').addEventListener('click', resetForm);
        }

        /** The panel opened on a card: load its comments. */
        function show(id) {
            if (!section) {
                return;
            }
            cardId = id;
            resetForm();
            JourneyMaps.notify.clear(el('jm-comment-messages'));
            JourneyMaps.api.get(path()).then(function (result) {
                if (cardId === id) {
                    render(result.body.comments || []);
                    el('jm-comment-form').hidden = !result.body.canComment;
                }
            }, failed);
        }

        function render(comments) {
            var list = el('jm-comment-list');
            list.textContent = '';
            comments.forEach(function (comment) {
                list.appendChild(item(comment));
            });
            el('jm-comments-empty').hidden = comments.length > 0;
        }

        function item(comment) {
            var li = document.createElement('li');
            li.className = 'jm-comment';
            li.setAttribute('data-comment-id', String(comment.id));
            var head = document.createElement('p');
            head.className = 'jm-comment-head';
            var author = document.createElement('strong');
            author.textContent = comment.author.displayName;
            head.appendChild(author);
            head.appendChild(document.createTextNode(' '));
            var time = document.createElement('time');
            time.setAttribute('datetime', comment.createdAt);
            time.textContent = new Date(comment.createdAt).toLocaleString();
            head.appendChild(time);
            if (comment.editedAt) {
                head.appendChild(document.createTextNode(' ' + msg('edited')));
            }
            li.appendChild(head);
            var text = document.createElement('p');
            text.className = 'jm-comment-text';
            comment.segments.forEach(function (segment) {
                if (segment.mention) {
                    var mention = document.createElement('span');
                    mention.className = 'jm-mention';
                    mention.textContent = '@' + segment.mention.displayName;
                    text.appendChild(mention);
                } else {
                    text.appendChild(document.createTextNode(segment.text));
                }
            });
            li.appendChild(text);
            if (comment.mine) {
                var actions = document.createElement('div');
                actions.className = 'jm-comment-actions';
                actions.appendChild(button(msg('edit'), 'jm-comment-edit', function () {
                    edit(comment);
                }));
                actions.appendChild(button(msg('delete'), 'jm-comment-delete', function (event) {
                    remove(comment, event.currentTarget);
                }));
                li.appendChild(actions);
            }
            return li;
        }

        function button(label, className, onClick) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'aui-button aui-button-link ' + className;
            b.textContent = label;
            b.addEventListener('click', onClick);
            return b;
        }

        // --- writing: "@Name" in the box, @[key] on the wire --------------------------------------------
        function edit(comment) {
            var form = el('jm-comment-form');
            form.elements.commentId.value = String(comment.id);
            input.value = comment.segments.map(function (segment) {
                if (segment.mention) {
                    people[segment.mention.displayName] = segment.mention.key;
                    return '@' + segment.mention.displayName;
                }
                return segment.text;
            }).join('');
            el('jm-comment-submit').textContent = msg('save');
            el('jm-comment-cancel').hidden = false;
            input.focus();
        }

        function resetForm() {
            var form = el('jm-comment-form');
            form.elements.commentId.value = '';
            input.value = '';
            el('jm-comment-submit').textContent = msg('add');
            el('jm-comment-cancel').hidden = true;
            closeList();
        }

        /** The box's text with every picked "@Name" as @[key], longest names first ("@Ann Lee" before "@Ann"). */
        function wire(text) {
            Object.keys(people).sort(function (a, b) {
                return b.length - a.length;
            }).forEach(function (name) {
                text = text.split('@' + name).join('@[' + people[name] + ']');
            });
            return text;
        }

        function save() {
            var form = el('jm-comment-form');
            var id = form.elements.commentId.value;
            var submit = el('jm-comment-submit');
            var messages = el('jm-comment-messages');
            var before = Number(root.getAttribute('data-map-version'));
            submit.disabled = true;
            JourneyMaps.notify.clear(messages);
            var body = {text: wire(input.value)};
            (id ? JourneyMaps.api.put(path('/' + id), body) : JourneyMaps.api.post(path(), body)).then(function (result) {
                submit.disabled = false;
                advance(before, result.body.version);
                resetForm();
                show(cardId);
                JourneyMaps.undo.tell(JourneyMaps.page.message('saved'));
            }, function (failure) {
                submit.disabled = false;
                failed(failure);
            });
        }

        function remove(comment, opener) {
            JourneyMaps.confirm.ask({title: msg('confirm-title'), intro: msg('confirm-intro'), confirm: msg('delete')}, opener)
                .then(function (yes) {
                    if (!yes) {
                        return null;
                    }
                    var before = Number(root.getAttribute('data-map-version'));
                    return JourneyMaps.api.del(path('/' + comment.id)).then(function (result) {
                        advance(before, result.body.version);
                        show(cardId);
                        input.focus();
                    });
                }).catch(failed);
        }

        /** The page knows every change up to its version: move it on only if this write was the very next one. */
        function advance(before, written) {
            if (written === before + 1) {
                root.setAttribute('data-map-version', String(written));
            }
        }

        function failed(failure) {
            var labels = {text: msg('label')};
            JourneyMaps.notify.error(el('jm-comment-messages'), JourneyMaps.notify.linesOf(failure, labels));
        }

        // --- mentions: a listbox of people under the box ----------------------------------------------
        function typed() {
            var match = TOKEN.exec(input.value.slice(0, input.selectionStart));
            return match ? match[2] : null;
        }

        function suggest() {
            var query = typed();
            var mine = ++asked;
            if (!query) {
                closeList();
                return;
            }
            JourneyMaps.api.get('/users?limit=8&query=' + encodeURIComponent(query)).then(function (result) {
                if (mine === asked) {
                    list(result.body || []);
                }
            }, closeList);
        }

        function list(persons) {
            found = persons;
            active = persons.length ? 0 : -1;
            var box = el('jm-mention-results');
            box.textContent = '';
            persons.forEach(function (person, index) {
                var option = document.createElement('li');
                option.id = 'jm-mention-option-' + index;
                option.className = 'jm-issue-option jm-mention-option';
                option.setAttribute('role', 'option');
                option.textContent = person.displayName;
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                });
                option.addEventListener('click', function () {
                    pick(person);
                });
                box.appendChild(option);
            });
            box.hidden = persons.length === 0;
            el('jm-mention-status').textContent = persons.length ? msg('people').replace('{0}', String(persons.length))
                : msg('nobody');
            highlight();
        }

        function highlight() {
            Array.prototype.forEach.call(el('jm-mention-results').children, function (option, index) {
                option.setAttribute('aria-selected', String(index === active));
            });
            if (active >= 0) {
                input.setAttribute('aria-activedescendant', 'jm-mention-option-' + active);
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function closeList() {
            found = [];
            active = -1;
            var box = el('jm-mention-results');
            if (box) {
                box.textContent = '';
                box.hidden = true;
                input.removeAttribute('aria-activedescendant');
            }
        }

        function pick(person) {
            var caret = input.selectionStart;
            var head = input.value.slice(0, caret).replace(TOKEN, function (all, space) {
                return space + '@' + person.displayName + ' ';
            });
            people[person.displayName] = person.key;
            input.value = head + input.value.slice(caret);
            input.setSelectionRange(head.length, head.length);
            closeList();
            input.focus();
        }

        function onKey(event) {
            var open = found.length > 0;
            if (!open) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                active = (active + (event.key === 'ArrowDown' ? 1 : found.length - 1)) % found.length;
                highlight();
            } else if (event.key === 'Enter') {
                event.preventDefault();
                pick(found[active]);
            } else if (event.key === 'Tab') {
                closeList();
            } else if (event.key === 'Escape') {
                // Close the list, not the whole panel.
                event.preventDefault();
                event.stopPropagation();
                closeList();
            }
        }

        return {init: init, show: show};
    })();

    /* --- the project page's "For you" list: dismiss an entry (for oneself only) ----------------------- */
    JourneyMaps.forYou = (function () {
        function init() {
            var list = document.getElementById('jm-for-you');
            if (!list) {
                return;
            }
            list.addEventListener('click', function (event) {
                var button = event.target.closest('.jm-for-you-dismiss');
                if (!button) {
                    return;
                }
                button.disabled = true;
                JourneyMaps.api.del('/notices/' + Number(button.getAttribute('data-notice-id'))).then(function () {
                    var item = button.closest('.jm-for-you-item');
                    var next = item.nextElementSibling || item.previousElementSibling;
                    item.parentNode.removeChild(item);
                    var focus = next ? next.querySelector('a') : document.getElementById('jm-for-you-heading');
                    if (focus) {
                        focus.focus();
                    }
                    JourneyMaps.flags.success(list.getAttribute('data-msg-dismissed'));
                }, function (failure) {
                    button.disabled = false;
                    JourneyMaps.notify.error(document.getElementById('jm-messages'), JourneyMaps.notify.linesOf(failure));
                });
            });
        }

        return {init: init};
    })();
})(window, document);
