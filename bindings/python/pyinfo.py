"""What the build needs to know about one Python interpreter (run by it).

    python3 pyinfo.py check              exit 0 if it can build budget._budget
    python3 pyinfo.py include            the directory of Python.h
    python3 pyinfo.py ext-suffix         e.g. .cpython-311-x86_64-linux-gnu.so
    python3 pyinfo.py platlib PREFIX EXEC_PREFIX
                                         where `make install` puts the package

The install directory follows the interpreter's own scheme under PREFIX, so
that --prefix and DESTDIR are respected (make distcheck). Debian's python3
has the scheme posix_local, which adds /local to its base (/usr); under
another prefix its packages go into PREFIX/lib/pythonX.Y/dist-packages (on
its sys.path for /usr/local), and under /usr into deb_system's
/usr/lib/python3/dist-packages.
"""
import os
import sys
import sysconfig


def platlib(prefix, exec_prefix):
    vars = {"base": prefix, "platbase": exec_prefix}
    scheme = sysconfig.get_default_scheme() if hasattr(sysconfig, "get_default_scheme") else "posix_prefix"
    if scheme == "posix_local":
        if os.path.normpath(exec_prefix) == "/usr" and "deb_system" in sysconfig.get_scheme_names():
            return sysconfig.get_path("platlib", "deb_system", vars=vars)
        path = sysconfig.get_path("platlib", "posix_prefix", vars=vars)
        return os.path.join(os.path.dirname(path), "dist-packages")
    if scheme not in sysconfig.get_scheme_names():
        scheme = "posix_prefix"
    return sysconfig.get_path("platlib", scheme, vars=vars)


def main(argv):
    what = argv[1] if len(argv) > 1 else "check"
    include = sysconfig.get_paths()["include"]
    if what == "check":
        ok = sys.version_info >= (3, 10) and os.path.exists(os.path.join(include, "Python.h"))
        return 0 if ok else 1
    if what == "include":
        print(include)
    elif what == "ext-suffix":
        print(sysconfig.get_config_var("EXT_SUFFIX"))
    elif what == "platlib":
        print(platlib(argv[2], argv[3]))
    else:
        print("pyinfo.py: unknown request " + what, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
