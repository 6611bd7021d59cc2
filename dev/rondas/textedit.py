"""The one edit the round scripts make: replace text that must be there, or stop saying what was not found."""
import sys


def sub(path, old, new, count=1):
    s = open(path, encoding='utf-8').read()
    if old not in s:
        sys.exit(f'NOT FOUND in {path}: {old[:80]}')
    open(path, 'w', encoding='utf-8').write(s.replace(old, new, count))
