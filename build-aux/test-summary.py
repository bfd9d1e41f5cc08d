#!/usr/bin/env python3
"""Prints the closing 'N passed, N failed, N skipped' line that CI reads, summed
over the meson test logs of the build folders given."""
import json
import os
import sys

passed = failed = skipped = 0
for build in sys.argv[1:]:
    path = build if build.endswith('.json') else os.path.join(build, 'meson-logs', 'testlog.json')
    if not os.path.exists(path):
        print(f'no test log in {path}', file=sys.stderr)
        failed += 1
        continue
    with open(path, encoding='utf-8') as log:
        for line in log:
            result = json.loads(line)['result']
            if result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result == 'SKIP':
                skipped += 1
            else:
                failed += 1
print(f'{passed} passed, {failed} failed, {skipped} skipped')
sys.exit(1 if failed or skipped else 0)
