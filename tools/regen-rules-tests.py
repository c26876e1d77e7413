#!/usr/bin/env python3
"""Regenerates the "**Tests:**" block of every section of docs/rules.md from the sources.

docs/rules.md says by hand, for each rule: its ID and title, status, source (the seed clause), the rule,
the decision and the code. This script writes the rest, the "**Tests:**" block at the end of each section:

- for a rule ("### ID: title"): its Swedish feature file (the one named "ID ….feature") and any other
  feature with scenarios tagged @ID, then the C# test classes that hold a test tagged [Rule("ID")], by
  project (library, tool);
- for a contract ("### Contract: KEY"): the classes with a test tagged [Trait("Contract", "KEY")], by
  project (library, tool, specification). A contract without a section gets one at the end.

It also rewrites a plain [Trait("Rule", "ID")] to [Rule("ID")] (a branch older than the attribute), and
drops the old per-rule "### ID (tool)" sections, whose classes are now listed under the rule itself.

A test's rule must have its section (written by hand, with its source): the script names the missing ones
and exits 1. It is idempotent: run it after adding tests or merging a branch, and commit what changes.
RulesDocumentTests (library) and RuleCoverageTests (specification) fail while the document is behind.

Run from anywhere: python3 tools/regen-rules-tests.py
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, 'docs', 'rules.md')
FEATURES = os.path.join(ROOT, 'tests', 'Yrkesresan.Specification', 'Features')
# The C# test projects, in the order and with the words the blocks use.
PROJECTS = [
    ('Yrkesresan.Domain.Tests', 'Library'),
    ('Yrkesresan.Cli.Tests', 'Tool'),
    ('Yrkesresan.Specification', 'Specification'),
]

TAGGED_TEST = re.compile(
    r'\[(?:Rule\("(?P<rule>[^"]+)"\)|Trait\("Contract", "(?P<contract>[^"]+)"\))\]'
    r'(?:\s*\[[^\n]*\])*\s*public (?:async Task|void) \w+\(')
PLAIN_RULE_TRAIT = re.compile(r'\[Trait\("Rule", ("[^"]+")\)\]')
RULE_HEADING = re.compile(r'^### (?P<id>[A-Z]+-\d+): ')
CONTRACT_HEADING = re.compile(r'^### Contract: (?P<key>.+?)\s*$')
TOOL_HEADING = re.compile(r'^### [A-Z]+-\d+ \(tool\)\s*$')
TOOL_PART = "## The tool's tests"
CONTRACT_PART = '## Contracts that are not rules'


def sources(project):
    base = os.path.join(ROOT, 'tests', project)
    found = []
    for folder, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if d not in ('bin', 'obj')]
        found += [os.path.join(folder, f) for f in files if f.endswith('.cs')]
    return sorted(found)


def rewrite_plain_rule_traits():
    for project, _ in PROJECTS:
        for path in sources(project):
            text = open(path, encoding='utf-8').read()
            new, n = PLAIN_RULE_TRAIT.subn(r'[Rule(\1)]', text)
            if n:
                open(path, 'w', encoding='utf-8').write(new)
                print(f'{os.path.relpath(path, ROOT)}: {n} test(s) now tagged [Rule(...)]', file=sys.stderr)


def tagged_classes():
    """{('rule'|'contract', key): {project label: [path relative to docs/]}} in path order."""
    tagged = {}
    for project, label in PROJECTS:
        for path in sources(project):
            for m in TAGGED_TEST.finditer(open(path, encoding='utf-8').read()):
                key = ('rule', m['rule']) if m['rule'] else ('contract', m['contract'])
                files = tagged.setdefault(key, {}).setdefault(label, [])
                rel = os.path.relpath(path, os.path.dirname(DOC)).replace(os.sep, '/')
                if rel not in files:
                    files.append(rel)
    return tagged


def feature_files():
    """[(path relative to docs/, file name, set of rule tags)] in path order."""
    found = []
    for folder, _, files in os.walk(FEATURES):
        for f in files:
            if f.endswith('.feature'):
                path = os.path.join(folder, f)
                tags = set()
                for line in open(path, encoding='utf-8'):
                    if line.lstrip().startswith('@'):
                        tags |= {t[1:] for t in line.split() if re.fullmatch(r'@[A-Z]+-\d+', t)}
                found.append((os.path.relpath(path, os.path.dirname(DOC)).replace(os.sep, '/'), f, tags))
    return sorted(found)


def class_links(files):
    return ',\n  '.join(f'[`{os.path.basename(p)[:-3]}`]({p})' for p in files)


def feature_link(path, name):
    return f'[{name[:-len(".feature")]}](<{path}>)'


def block(kind, key, tagged, features):
    lines = ['**Tests:**', '']
    if kind == 'rule':
        own = [feature_link(p, n) for p, n, tags in features if key in tags and n.startswith(key + ' ')]
        other = [feature_link(p, n) for p, n, tags in features if key in tags and not n.startswith(key + ' ')]
        examples = ', '.join(own) if own else 'none yet'
        if other:
            examples += f'; scenarios tagged `@{key}` in ' + ', '.join(other)
        lines.append(f'- Examples in Swedish: {examples}')
    for _, label in PROJECTS:
        files = tagged.get((kind, key), {}).get(label)
        if files:
            lines.append(f'- {label}: {class_links(files)}')
    return '\n'.join(lines) + '\n'


def split_sections(doc):
    """The text before the first '## '/'### ' heading, then [heading line, body] pairs."""
    parts = re.split(r'(?m)^(?=#{2,3} )', doc)
    head, sections = parts[0], []
    for part in parts[1:]:
        heading, _, body = part.partition('\n')
        sections.append([heading, body])
    return head, sections


def replace_block(body, new_block, lists_without_header):
    """Replaces the Tests block at the end of a section's body, keeping a closing '---' rule."""
    rule = re.search(r'\n---\n\s*$', body)
    tail = '\n---\n\n' if rule else '\n'
    if rule:
        body = body[:rule.start()] + '\n'
    at = body.find('**Tests:**')
    if at < 0 and lists_without_header:
        # An old contract section: its list of tests follows the prose without a header.
        m = re.search(r'(?m)^- \[`', body)
        at = m.start() if m else -1
    if at < 0:
        body = body.rstrip('\n') + '\n\n'
    else:
        body = body[:at]
    return body + new_block + tail


def main():
    rewrite_plain_rule_traits()
    tagged = tagged_classes()
    features = feature_files()
    head, sections = split_sections(open(DOC, encoding='utf-8').read())

    kept, in_tool_part = [], False
    for heading, body in sections:
        if heading.startswith('## '):
            in_tool_part = heading.strip() == TOOL_PART
        if in_tool_part or TOOL_HEADING.match(heading):
            continue  # the tool's tests are listed under each rule now
        kept.append([heading, body])
    sections = kept

    documented = set()
    for section in sections:
        heading, body = section
        if m := RULE_HEADING.match(heading):
            key = ('rule', m['id'])
        elif m := CONTRACT_HEADING.match(heading):
            key = ('contract', m['key'])
        else:
            continue
        documented.add(key)
        if key[0] == 'contract' and key not in tagged:
            print(f'{heading}: no test holds this contract any more', file=sys.stderr)
            continue
        section[1] = replace_block(body, block(*key, tagged, features), lists_without_header=key[0] == 'contract')

    missing_rules = sorted(k for kind, k in tagged if kind == 'rule' and (kind, k) not in documented)
    for kind, key in sorted(k for k in tagged if k[0] == 'contract' and k not in documented):
        if not sections[-1][1].endswith('\n\n'):
            sections[-1][1] = sections[-1][1].rstrip('\n') + '\n\n'
        sections.append([f'### Contract: {key}', '\n' + block(kind, key, tagged, features)])
        print(f'added the section "### Contract: {key}"; say what the contract is under its heading', file=sys.stderr)

    doc = head + ''.join(f'{h}\n{b}' for h, b in sections)
    doc = doc.rstrip('\n') + '\n'
    open(DOC, 'w', encoding='utf-8').write(doc)

    for key in missing_rules:
        print(f'MISSING SECTION "### {key}: title": tests are tagged [Rule("{key}")] but docs/rules.md has no such rule; '
              'write its section (status, source, rule, decision, code) and run this again', file=sys.stderr)
    return 1 if missing_rules else 0


if __name__ == '__main__':
    sys.exit(main())
