#!/usr/bin/env python3
"""Plain mode through a pseudo-terminal, as a screen-reader user would meet it.

Run by scripts/test-plain (which installs pexpect when missing). Needs the
ccmm binary (CCMM_BINARY, else .build/debug/ccmm) and tmux for the resume in
the curses wizard.

1. `ccmm open FILE --plain --lang en` on a new file: the profile questions,
   then three criteria answered (one N/A with a reason), quit.
2. The file holds exactly those answers and the position of criterion 4.
3. Nothing printed holds an escape sequence or any other control character.
4. The curses wizard resumes the same file at criterion 4 (in tmux).
5. TERM=dumb without --plain gives the same plain flow, in Chinese, and
   resumes at criterion 4 of the same file.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

import pexpect

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("CCMM_BINARY") or os.path.join(ROOT, ".build", "debug", "ccmm")
PROMPT = "or a command (help): "
ZH_PROMPT = "或输入命令（help）："


def environment(home, term):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "CCMM_HOME": home,
        "CCMM_QUESTIONNAIRES": os.path.join(ROOT, "Questionnaires"),
        "LC_ALL": "C.UTF-8",
    }
    if term is not None:
        env["TERM"] = term
    return env


def control_characters(text):
    """Every character a terminal could act on, apart from line ends."""
    return sorted({hex(ord(c)) for c in text if (ord(c) < 0x20 and c not in "\r\n") or 0x7F <= ord(c) <= 0x9F})


class PlainModeTests(unittest.TestCase):
    def setUp(self):
        self.home = tempfile.mkdtemp(prefix="ccmm-plain-")
        self.session = os.path.join(self.home, "pudong.json")

    def tearDown(self):
        shutil.rmtree(self.home, ignore_errors=True)

    def spawn(self, arguments, term="xterm-256color"):
        child = pexpect.spawn(BINARY, arguments, env=environment(self.home, term), encoding="utf-8",
                              timeout=20, dimensions=(24, 80), cwd=self.home)
        self.transcript = []
        child.logfile_read = self
        return child

    # pexpect's logfile interface: keep everything the program printed.
    def write(self, text):
        self.transcript.append(text)

    def flush(self):
        pass

    def answer_three_and_quit(self):
        child = self.spawn(["open", self.session, "--plain", "--lang", "en"])
        # The profile, one question per line.
        child.expect_exact("Centre (required): ")
        child.sendline("Pudong Service Centre")
        child.expect_exact("Site (may be empty): ")
        child.sendline("Shanghai")
        child.expect_exact("Assessor (may be empty): ")
        child.sendline("Li Wei")
        child.expect_exact("Date (YYYY-MM-DD) (Enter keeps ")
        child.sendline("2026-02-30")              # refused by the wizard's own check, asked again
        child.expect_exact('"2026-02-30" is not a valid date')
        child.expect_exact("Date (YYYY-MM-DD) (Enter keeps 2026-02-30): ")
        child.sendline("2026-03-01")
        child.expect_exact("Years in operation (may be empty): ")
        child.sendline("4")
        child.expect_exact("Language, zh or en (Enter keeps en): ")
        child.sendline("")
        child.expect_exact("Created the session file " + self.session)
        # Where you are, the criterion, numbered choices with their guidance.
        child.expect_exact("Criterion 1 of 170 (id 1), 1.0 ")
        child.expect_exact("Question 1 of 2, Method: ")
        child.expect_exact("  1: 0, ")
        child.expect_exact("  3: 10, ")
        child.expect_exact("  n: not applicable (a reason is required)")
        child.expect_exact("Current answer: none yet")
        child.expect_exact(PROMPT)
        child.sendline("3")
        child.expect_exact("Saved: criterion 1, Method: 10, ")
        child.expect_exact("Question 2 of 2, Execution: ")
        child.expect_exact(PROMPT)
        child.sendline("2")
        child.expect_exact("Saved: criterion 1, Execution: 5, ")
        child.expect_exact("Criterion 2 of 170 (id 2)")
        child.expect_exact(PROMPT)
        child.sendline("help")
        child.expect_exact("go NUMBER: jump to a criterion")
        child.expect_exact(PROMPT)
        child.sendline("3")
        child.expect_exact("Saved: criterion 2, Method: 10")
        child.expect_exact(PROMPT)
        child.sendline("３")                      # a full-width digit, as a Chinese input method types it
        child.expect_exact("Saved: criterion 2, Execution: 10")
        child.expect_exact("Criterion 3 of 170 (id 3)")
        child.expect_exact(PROMPT)
        child.sendline("n")
        child.expect_exact("Why is it not applicable? (required; an empty line cancels): ")
        child.sendline("No outsourced partners")
        child.expect_exact("Saved: criterion 3 is not applicable, reason: No outsourced partners.")
        child.expect_exact("Criterion 4 of 170 (id 4)")
        child.expect_exact(PROMPT)
        child.sendline("score")
        child.expect_exact("Answered: 6/340 (2 N/A)")
        child.expect_exact("Level: L0")
        child.expect_exact(PROMPT)
        child.sendline("quit")
        child.expect_exact("Saved. Goodbye. To carry on: ccmm open " + self.session)
        child.expect(pexpect.EOF)
        child.close()
        self.assertEqual(child.exitstatus, 0)
        return "".join(self.transcript)

    def test_answers_quit_resume_in_curses(self):
        output = self.answer_three_and_quit()
        self.assertEqual(control_characters(output), [], "the plain output holds control characters")
        for drawing in "─│┌┐└┘█░●✓✗⚑":
            self.assertNotIn(drawing, output)

        with open(self.session, encoding="utf-8") as handle:
            saved = json.load(handle)
        answers = saved["answers"]
        self.assertEqual(answers["1"]["ratings"], {"execution": 5, "method": 10})
        self.assertEqual(answers["2"]["ratings"], {"execution": 10, "method": 10})
        self.assertEqual(answers["3"]["ratings"], {"execution": {"na": "No outsourced partners"},
                                                   "method": {"na": "No outsourced partners"}})
        self.assertEqual(sorted(answers), ["1", "2", "3"])
        self.assertEqual(saved["position"], "4")
        self.assertEqual(saved["profile"]["centre"], "Pudong Service Centre")
        self.assertEqual(saved["profile"]["years_in_operation"], 4)
        # The lock is a kernel lock: its file stays, emptied of the holder when released.
        lock = os.path.join(self.home, ".pudong.json.lock")
        self.assertFalse(os.path.exists(lock) and os.path.getsize(lock) > 0, "the lock is released")

        # The curses wizard resumes the same file at the next criterion.
        socket = "ccmm-plain-%d" % os.getpid()
        env = environment(self.home, "xterm-256color")
        command = "env " + " ".join("%s=%s" % (k, v) for k, v in env.items()) + " %s open %s --lang en" % (BINARY, self.session)
        subprocess.run(["tmux", "-L", socket, "new-session", "-d", "-s", "plain", "-x", "80", "-y", "24", command], check=True)
        try:
            screen = ""
            for _ in range(200):
                screen = subprocess.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", "plain"],
                                        capture_output=True, text=True).stdout
                if "Criterion 4/170" in screen:
                    break
                time.sleep(0.05)
            self.assertIn("Criterion 4/170", screen)
            self.assertIn("Answered 6/340", screen)       # two rated criteria and the N/A one
            subprocess.run(["tmux", "-L", socket, "send-keys", "-t", "plain", "q"], check=True)
            for _ in range(100):
                if subprocess.run(["tmux", "-L", socket, "has-session", "-t", "plain"], capture_output=True).returncode != 0:
                    break
                time.sleep(0.05)
        finally:
            subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)

    def test_dumb_terminal_is_plain_without_the_flag(self):
        self.answer_three_and_quit()
        child = self.spawn(["open", self.session, "--lang", "zh"], term="dumb")
        child.expect_exact("条目 4/170（编号 4）")
        child.expect_exact("已完成 3/170 个条目")
        child.expect_exact(ZH_PROMPT)
        child.sendline("go 3")
        child.expect_exact("条目 3/170（编号 3）")
        child.expect_exact("当前答案：不适用，理由：No outsourced partners")
        child.expect_exact(ZH_PROMPT)
        child.sendline("go 4")
        child.expect_exact(ZH_PROMPT)
        child.sendline("1")
        child.expect_exact("已保存：条目 4，方法合规：0")
        child.expect_exact(ZH_PROMPT)
        child.sendline("q")
        child.expect_exact("已保存，再见。")
        child.expect(pexpect.EOF)
        child.close()
        self.assertEqual(child.exitstatus, 0)
        output = "".join(self.transcript)
        self.assertEqual(control_characters(output), [])
        with open(self.session, encoding="utf-8") as handle:
            saved = json.load(handle)
        self.assertEqual(saved["answers"]["4"]["ratings"], {"method": 0})
        self.assertEqual(saved["position"], "4")

    def test_piped_input_is_plain_and_ends_cleanly_at_end_of_input(self):
        self.answer_three_and_quit()
        run = subprocess.run([BINARY, "open", self.session, "--lang", "en"], input="3\n", capture_output=True, text=True,
                             env=environment(self.home, "xterm-256color"), timeout=20)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("Criterion 4 of 170 (id 4)", run.stdout)
        self.assertIn("Saved: criterion 4, Method: 10", run.stdout)
        self.assertEqual(control_characters(run.stdout), [])
        with open(self.session, encoding="utf-8") as handle:
            self.assertEqual(json.load(handle)["answers"]["4"]["ratings"], {"method": 10})


if __name__ == "__main__":
    if not os.access(BINARY, os.X_OK):
        sys.exit("no ccmm binary at %s; build it first (swift build --product ccmm)" % BINARY)
    unittest.main(verbosity=2)
