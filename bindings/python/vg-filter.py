"""Reads a valgrind memcheck log of the Python tests and fails (exit 1) on a
leak made by libbudget or budget._budget themselves: a "definitely lost"
block whose first frame above the allocator is in libbudget or in the
extension's C. Blocks the interpreter allocates (Python objects it does not
free at exit) are not ours and are left out; a reference leak of ours is
caught by tests/test_memory.py instead. Memory errors (invalid reads,
uninitialised values) fail the run through valgrind's own exit code.

    python3 vg-filter.py LOG
"""
import re
import sys

ALLOCATORS = re.compile(r": (malloc|calloc|realloc|memalign|posix_memalign|g_malloc\w*|g_realloc\w*|g_try_\w+|"
                        r"g_slice_\w+|g_strdup\w*|g_strndup|g_memdup\w*|g_new\w*|g_string_\w+|g_ptr_array_\w+|"
                        r"g_array_\w+|g_hash_table_\w+|g_byte_array_\w+) ")
OURS = re.compile(r"libbudget\.so|/libbudget/|budgetmodule\.c|_budget\.")


def records(lines):
    record = []
    for line in lines:
        body = re.sub(r"^==\d+== ?", "", line.rstrip("\n"))
        if not body.strip():
            if record:
                yield record
            record = []
        else:
            record.append(body)
    if record:
        yield record


def main(path):
    ours = 0
    with open(path, errors="replace") as f:
        for record in records(f):
            if "definitely lost" not in record[0]:
                continue
            frames = [l for l in record[1:] if l.lstrip().startswith(("at ", "by "))]
            first = next((l for l in frames if not ALLOCATORS.search(l)), "")
            if OURS.search(first):
                ours += 1
                print("\n".join(record))
    print("vg-filter: %d leak(s) made by libbudget or budget._budget" % ours)
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
