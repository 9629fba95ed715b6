"""Builds budget._budget against an installed libbudget, found with
pkg-config (set PKG_CONFIG_PATH for a libbudget under another prefix):

    pip install --no-build-isolation ./bindings/python

In the source tree, `make` builds the binding against the in-tree library
instead (bindings/python/Makefile.am).
"""
import shlex
import subprocess
import sys

from setuptools import Extension, setup


def pkg_config(*args):
    try:
        out = subprocess.run(["pkg-config"] + list(args) + ["libbudget"], check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("setup.py: pkg-config cannot find libbudget (install it, or set PKG_CONFIG_PATH): %s" % e)
    return shlex.split(out)


cflags = pkg_config("--cflags")
libs = pkg_config("--libs")
rpath = [flag[2:] for flag in pkg_config("--libs-only-L")]

setup(
    ext_modules=[
        Extension(
            "budget._budget",
            sources=["src/budgetmodule.c"],
            extra_compile_args=cflags + ["-fvisibility=hidden"],
            extra_link_args=libs,
            runtime_library_dirs=rpath,
            py_limited_api=True,
        )
    ],
)
