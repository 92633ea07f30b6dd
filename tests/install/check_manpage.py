#!/usr/bin/env python3
"""The manual page and the bash completion say what `--help` says.

    check_manpage.py BINARY MANPAGE COMPLETION

Compares the commands of `tightside --help` with the manual page's COMMANDS subsections and
the completion's command list; each command's options (`tightside COMMAND --help`) with its
subsection and its completion list; the global options with the OPTIONS section and the
completion's global list. Prints every difference and exits 1 if there is one.
"""
import gzip
import re
import subprocess
import sys

OPTION = re.compile(r"--[a-z][a-z-]*")


def run_help(binary, *args):
    return subprocess.run([binary, *args, "--help"], check=True, capture_output=True,
                          text=True).stdout


def help_commands_and_options(text):
    commands, options, section = [], set(), None
    for line in text.splitlines():
        if line.startswith("Commands"):
            section = "commands"
        elif line.startswith("Options"):
            section = "options"
        elif not line.strip():
            section = None
        elif section == "commands" and line.startswith("  ") and not line.startswith("   "):
            commands.append(line.split()[0])
        elif section == "options" and line.startswith("  --"):
            options.add(line.split()[0])
    return commands, options


def man_sections(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        text = handle.read().replace("\\-", "-")
    sections, subsections, current, sub = {}, {}, None, None
    for line in text.splitlines():
        if line.startswith(".SH "):
            current, sub = line[4:].strip().strip('"'), None
            sections[current] = ""
        elif line.startswith(".SS ") and current == "COMMANDS":
            sub = line[4:].strip()
            subsections[sub] = ""
        elif current:
            sections[current] += line + "\n"
            if sub:
                subsections[sub] += line + "\n"
    return sections, subsections


def completion_lists(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    commands = re.search(r'local commands="([^"]*)"', text).group(1).split()
    global_options = set(re.search(r'local global="([^"]*)"', text).group(1).split())
    per_command = {name: set(options.split())
                   for name, options in re.findall(r'^\s*([a-z-]+)\) options="([^"]*)"', text,
                                                   re.MULTILINE)}
    return commands, global_options, per_command


def compare(problems, what, expected, found):
    if set(expected) != set(found):
        missing = sorted(set(expected) - set(found))
        extra = sorted(set(found) - set(expected))
        problems.append(f"{what}: missing {missing}, not in --help {extra}")


def main():
    binary, manpage, completion = sys.argv[1:4]
    problems = []
    commands, global_options = help_commands_and_options(run_help(binary))
    if not commands or not global_options:
        problems.append("could not read the commands and options from tightside --help")
    sections, subsections = man_sections(manpage)
    compare(problems, "manual page COMMANDS", commands, subsections.keys())
    compare(problems, "manual page OPTIONS", global_options,
            OPTION.findall(sections.get("OPTIONS", "")))
    done_commands, done_global, done_per_command = completion_lists(completion)
    compare(problems, "completion commands", commands, done_commands)
    compare(problems, "completion global options", global_options, done_global)
    for command in commands:
        options = set(OPTION.findall(run_help(binary, command)))
        compare(problems, f"manual page '{command}'", options,
                OPTION.findall(subsections.get(command, "")))
        # The completion also offers the options every command takes.
        missing = options - done_per_command.get(command, set())
        if missing or not {"--log-level", "--help"} <= done_per_command.get(command, set()):
            problems.append(f"completion '{command}': missing {sorted(missing)} or the "
                            "common --log-level/--help")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(commands)} commands and {len(global_options)} global options checked; "
          f"{len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
