#!/usr/bin/env python3
"""Builds feedback-service/src/main/resources/anonymisation/names.tsv, the anonymiser's list of first names and
surnames beyond those Voikko knows, from the sources named in SOURCES.md. Run it again when a source changes:

    apt-get install python3-libvoikko voikko-fi wamerican wswedish
    (cd /tmp && npm pack humannames@1.0.5 @faker-js/faker@10.6.0 && tar xzf humannames-1.0.5.tgz \
        && npm install --no-save ./faker-js-faker-10.6.0.tgz)
    cp feedback-service/src/build/names/faker.mjs /tmp && node /tmp/faker.mjs > /tmp/faker.tsv
    /usr/bin/python3 feedback-service/src/build/names/generate.py /tmp/package/list.txt /tmp/faker.tsv \
        feedback-service/src/build/names/*.txt > feedback-service/src/main/resources/anonymisation/names.tsv

Each line: the name as written, its kinds (f first name, l surname, fl both, n either: a list that does not say) and
flags (c: also an ordinary word in
Finnish, Swedish or English, or two letters long, so a name only where the text says it is one; - none).
"""
import sys
import unicodedata

import libvoikko

# Cyrillic names (Russian, Ukrainian) as their bearers' passports write them in Latin letters.
CYRILLIC = {
    'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i', 'й': 'y',
    'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f',
    'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu',
    'я': 'ya', 'і': 'i', 'ї': 'yi', 'є': 'ye', 'ґ': 'g',
}
UKRAINIAN = dict(CYRILLIC, **{'г': 'h', 'и': 'y', 'х': 'kh'})


def transliterate(name, table):
    out = ''.join(table.get(c.lower(), c.lower()) for c in name)
    return out[:1].upper() + out[1:]


def latin(name):
    return all(unicodedata.name(c, '').startswith('LATIN') or c in "-' " for c in name)


def main(humannames, faker, *curated):
    kinds = {}

    def add(name, kind):
        name = name.strip()
        if not name or ' ' in name or not latin(name) or not name[0].isupper():
            return
        kinds.setdefault(name, set()).add(kind)
        plain = ''.join(c for c in unicodedata.normalize('NFD', name) if unicodedata.category(c) != 'Mn')
        if plain != name and latin(plain):
            # Nguyễn is written Nguyen, Đặng Dang, José Jose in most Finnish texts
            kinds.setdefault(plain, set()).add(kind)

    for line in open(humannames, encoding='utf-8'):
        add(line.strip(), 'n')
    for line in open(faker, encoding='utf-8'):
        locale, kind, name = line.rstrip('\n').split('\t')
        if locale == 'ru':
            name = transliterate(name, CYRILLIC)
        elif locale == 'uk':
            name = transliterate(name, UKRAINIAN)
        elif locale in ('ar', 'fa'):
            continue
        add(name, kind)
    for path in curated:
        kind = 'l' if 'last' in path or 'surname' in path else 'f'
        for line in open(path, encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                add(line.strip(), kind)

    voikko = libvoikko.Voikko('fi')
    ordinary = set()
    for path in ('/usr/share/dict/american-english', '/usr/share/dict/swedish'):
        for line in open(path, encoding='utf-8', errors='replace'):
            word = line.strip()
            if word and word[0].islower():
                ordinary.add(word)

    for name in sorted(kinds):
        k = kinds[name]
        kind = ''.join(x for x in 'fl' if x in k) or 'n'
        lower = name.lower()
        common = (len(name) <= 2 or lower in ordinary
                  or any(a.get('CLASS') not in ('etunimi', 'sukunimi', 'paikannimi', 'nimi')
                         for a in voikko.analyze(lower)))
        print(f"{name}\t{kind}\t{'c' if common else '-'}")


if __name__ == '__main__':
    main(*sys.argv[1:])
