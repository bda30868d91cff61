#!/usr/bin/env python3
"""Reads what a shared library asks of the dynamic loader, straight from the file, for an ELF library
(Linux: DT_NEEDED, DT_RUNPATH or DT_RPATH, DT_SONAME) or a Mach-O one (macOS: LC_LOAD_DYLIB and its weak,
re-export and upward forms, LC_RPATH, LC_ID_DYLIB, LC_BUILD_VERSION), so build-jni.sh needs no platform's
binary tools (readelf, otool) and reads a library cross-compiled for another platform the same way.

  load-commands.py LIBRARY
      prints properties: format, needed (comma-separated, in order), rpath, id, and for Mach-O the
      cputype and the minimum OS version (minos)
  load-commands.py --list LIBRARY
      prints each load command on a line of its own, for people
  load-commands.py --check-links LIBDIR LIBRARY
      fails (exit 1, naming each one) unless LIBRARY names every ExecuTorch shared library in LIBDIR
      (lib*executorch*.so / .dylib) as a dependency and has a runtime path relative to itself
      ($ORIGIN or @loader_path): the registration-only kernel and backend libraries register their
      kernels and backends only when the loader loads them, so one left off the link is a backend that
      silently is not there.
"""
import os
import struct
import sys

DT_NULL, DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH = 0, 1, 14, 15, 29
SHT_DYNAMIC = 6

LC_REQ_DYLD = 0x80000000
LC_LOAD_DYLIB = 0xC
LC_ID_DYLIB = 0xD
LC_LOAD_WEAK_DYLIB = 0x18 | LC_REQ_DYLD
LC_RPATH = 0x1C | LC_REQ_DYLD
LC_REEXPORT_DYLIB = 0x1F | LC_REQ_DYLD
LC_LOAD_UPWARD_DYLIB = 0x23 | LC_REQ_DYLD
LC_BUILD_VERSION = 0x32
DYLIB_COMMANDS = {LC_LOAD_DYLIB: "LC_LOAD_DYLIB", LC_LOAD_WEAK_DYLIB: "LC_LOAD_WEAK_DYLIB",
                  LC_REEXPORT_DYLIB: "LC_REEXPORT_DYLIB", LC_LOAD_UPWARD_DYLIB: "LC_LOAD_UPWARD_DYLIB"}
CPU_TYPES = {0x0100000C: "arm64", 0x01000007: "x86_64"}
MACHO_PLATFORMS = {1: "macos", 2: "ios", 6: "maccatalyst", 7: "iossimulator"}


class NotALibrary(Exception):
    pass


def c_string(data, at):
    end = data.index(b"\0", at)
    return data[at:end].decode("utf-8", "replace")


def read_elf(path, data):
    if data[4] != 2:
        raise NotALibrary("%s is a 32-bit ELF file; only 64-bit libraries are read" % path)
    order = "<" if data[5] == 1 else ">"
    shoff, = struct.unpack_from(order + "Q", data, 0x28)
    shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
    commands = []
    for i in range(shnum):
        header = shoff + i * shentsize
        sh_type, = struct.unpack_from(order + "I", data, header + 4)
        if sh_type != SHT_DYNAMIC:
            continue
        offset, size = struct.unpack_from(order + "QQ", data, header + 0x18)
        link, = struct.unpack_from(order + "I", data, header + 0x28)
        strtab, = struct.unpack_from(order + "Q", data, shoff + link * shentsize + 0x18)
        for entry in range(offset, offset + size, 16):
            tag, value = struct.unpack_from(order + "qQ", data, entry)
            if tag == DT_NULL:
                break
            if tag == DT_NEEDED:
                commands.append(("DT_NEEDED", c_string(data, strtab + value)))
            elif tag in (DT_RUNPATH, DT_RPATH):
                name = "DT_RUNPATH" if tag == DT_RUNPATH else "DT_RPATH"
                commands += [(name, p) for p in c_string(data, strtab + value).split(":") if p]
            elif tag == DT_SONAME:
                commands.append(("DT_SONAME", c_string(data, strtab + value)))
        return {"format": "elf"}, commands
    raise NotALibrary("%s has no dynamic section" % path)


def thin_macho(path, data):
    """The arm64 slice of a universal (fat) file, or the file itself."""
    magic, = struct.unpack_from(">I", data, 0)
    if magic != 0xCAFEBABE:
        return data
    count, = struct.unpack_from(">I", data, 4)
    for i in range(count):
        cputype, _, offset, size, _ = struct.unpack_from(">iiIII", data, 8 + 20 * i)
        if cputype & 0xFFFFFFFF == 0x0100000C:
            return data[offset:offset + size]
    raise NotALibrary("%s is a universal Mach-O file without an arm64 slice" % path)


def read_macho(path, data):
    data = thin_macho(path, data)
    magic, cputype, _, filetype, ncmds, _, _ = struct.unpack_from("<IiiIIII", data, 0)
    if magic != 0xFEEDFACF:
        raise NotALibrary("%s is not a 64-bit little-endian Mach-O file" % path)
    info = {"format": "macho", "cputype": CPU_TYPES.get(cputype & 0xFFFFFFFF, hex(cputype & 0xFFFFFFFF)),
            "filetype": {6: "MH_DYLIB", 8: "MH_BUNDLE", 2: "MH_EXECUTE"}.get(filetype, str(filetype))}
    commands = []
    at = 32
    for _ in range(ncmds):
        cmd, cmdsize = struct.unpack_from("<II", data, at)
        if cmd in DYLIB_COMMANDS or cmd == LC_ID_DYLIB:
            name_offset, = struct.unpack_from("<I", data, at + 8)
            name = "LC_ID_DYLIB" if cmd == LC_ID_DYLIB else DYLIB_COMMANDS[cmd]
            commands.append((name, c_string(data, at + name_offset)))
        elif cmd == LC_RPATH:
            path_offset, = struct.unpack_from("<I", data, at + 8)
            commands.append(("LC_RPATH", c_string(data, at + path_offset)))
        elif cmd == LC_BUILD_VERSION:
            platform, minos, sdk = struct.unpack_from("<III", data, at + 8)
            version = "%d.%d" % (minos >> 16, (minos >> 8) & 0xFF)
            info["minos"] = version
            commands.append(("LC_BUILD_VERSION", "platform %s minos %s sdk %d.%d" % (
                MACHO_PLATFORMS.get(platform, platform), version, sdk >> 16, (sdk >> 8) & 0xFF)))
        at += cmdsize
    return info, commands


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] == b"\x7fELF":
        return read_elf(path, data)
    if data[:4] in (b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"):
        return read_macho(path, data)
    raise NotALibrary("%s is neither an ELF nor a Mach-O file" % path)


def needed(commands):
    return [value for name, value in commands if name == "DT_NEEDED" or name in DYLIB_COMMANDS.values()]


def rpaths(commands):
    return [value for name, value in commands if name in ("DT_RUNPATH", "DT_RPATH", "LC_RPATH")]


def library_id(commands):
    return next((value for name, value in commands if name in ("DT_SONAME", "LC_ID_DYLIB")), "")


def check_links(libdir, path, info, commands):
    """Problems with the library's links to the build's libraries in libdir; empty when there are none."""
    suffix = ".dylib" if info["format"] == "macho" else ".so"
    wanted = sorted(f for f in os.listdir(libdir) if f.startswith("lib") and "executorch" in f and f.endswith(suffix))
    named = {os.path.basename(n) for n in needed(commands)}
    problems = ["%s names no %s in its %s" % (os.path.basename(path), w,
                                              "LC_LOAD_DYLIB" if info["format"] == "macho" else "DT_NEEDED")
                for w in wanted if w not in named]
    if not wanted:
        problems.append("%s holds no ExecuTorch shared library (lib*executorch*%s)" % (libdir, suffix))
    token = "@loader_path" if info["format"] == "macho" else "$ORIGIN"
    if not any(p.startswith(token) for p in rpaths(commands)):
        problems.append("%s has no runtime path relative to itself (%s...): %s" % (
            os.path.basename(path), token, ", ".join(rpaths(commands)) or "none"))
    return wanted, problems


def main(argv):
    try:
        if len(argv) == 3 and argv[1] == "--list":
            info, commands = read(argv[2])
            for name, value in commands:
                print("%-20s %s" % (name, value))
            return 0
        if len(argv) == 4 and argv[1] == "--check-links":
            info, commands = read(argv[3])
            wanted, problems = check_links(argv[2], argv[3], info, commands)
            if problems:
                for problem in problems:
                    print("[etcts] load-commands: %s" % problem, file=sys.stderr)
                print("[etcts] load-commands: Fix: link every component the build ships (native/cmake/ExecuTorchLinkage.cmake)",
                      file=sys.stderr)
                return 1
            print("[etcts] %s names all %d ExecuTorch libraries of %s (%s) and searches %s" % (
                os.path.basename(argv[3]), len(wanted), argv[2], ", ".join(wanted), ", ".join(rpaths(commands))))
            return 0
        if len(argv) == 2:
            info, commands = read(argv[1])
            for key, value in info.items():
                print("%s=%s" % (key, value))
            print("needed=" + ",".join(needed(commands)))
            print("rpath=" + ",".join(rpaths(commands)))
            print("id=" + library_id(commands))
            return 0
    except (OSError, NotALibrary, struct.error, ValueError) as e:
        print("[etcts] load-commands: cannot read %s: %s" % (argv[-1], e), file=sys.stderr)
        return 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
