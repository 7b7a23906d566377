"""Run the examples in docstrings, for Krait: the core of CPython 3.11's `doctest`.

Supported: testmod(), run_docstring_examples(), DocTestFinder, DocTestParser,
DocTestRunner, Example, DocTest, the option flags and `# doctest:` directives
(ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, SKIP,
DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, FAIL_FAST,
REPORT_ONLY_FIRST_FAILURE), verbose reports and the failure report format.
Not supported: testfile(), unittest integration, debugging, diff reports (the
REPORT_*DIFF flags are accepted and ignored).

How it works, as in CPython: the finder walks a module (its functions,
classes, and the methods, static/class methods and properties of those
classes that were defined in the module), collects one DocTest per docstring
with a shallow copy of the module globals, and sorts them by name.  The parser
splits a docstring into examples line by line: a ">>> " line and the "... "
lines after it are the source, the following non-blank lines that are not a
prompt are the expected output.  The runner compiles each source in "single"
mode (so bare expressions are echoed through sys.displayhook), runs it with
sys.stdout redirected into a buffer, and compares the output, or for an
exception its last traceback line, with what the example expects.
"""

import sys
import builtins
from collections import namedtuple
from io import StringIO

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST", "Example",
    "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner",
    "OutputChecker", "DocTestFailure", "UnexpectedException", "DebugRunner",
    "testmod", "run_docstring_examples", "TestResults",
]

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_ModuleType = type(sys)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)


def _indent(s, indent=4):
    """Prefix every non-empty line of s with `indent` spaces."""
    pad = " " * indent
    return "".join(pad + line if line not in ("", "\n") else line for line in s.splitlines(True))


def _is_word_start(line):
    return bool(line) and (line[0].isalnum() or line[0] == "_")


def _is_blank_or_comment(source):
    for line in source.split("\n"):
        s = line.lstrip(" ")
        if s and not s.startswith("#"):
            return False
    return True


def _isclass(obj):
    return isinstance(obj, type)


def _ismethoddescriptor(obj):
    if _isclass(obj) or isinstance(obj, (_FunctionType, _MethodType)):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def _isroutine(obj):
    return isinstance(obj, (_BuiltinType, _FunctionType, _MethodType)) or _ismethoddescriptor(obj)


def _unwrap(obj):
    seen = set()
    while hasattr(obj, "__wrapped__") and id(obj) not in seen:
        seen.add(id(obj))
        obj = obj.__wrapped__
    return obj


def _exception_line(exc):
    """traceback.format_exception_only(type(exc), exc)[-1], for the common exceptions."""
    tp = type(exc)
    name = tp.__qualname__
    mod = tp.__module__
    if mod not in ("__main__", "builtins"):
        name = mod + "." + name
    try:
        msg = str(exc)
    except BaseException:
        msg = "<exception str() failed>"
    line = name + "\n" if not msg else "%s: %s\n" % (name, msg)
    for note in getattr(exc, "__notes__", None) or ():
        line += str(note) + "\n"
    return line


def _exception_traceback(exc):
    return "Traceback (most recent call last):\n" + _exception_line(exc)


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


class Example:
    """One interactive example: source, expected output, expected exception line."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg) == (
            other.source, other.want, other.lineno, other.indent, other.options, other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = "no examples"
        elif len(self.examples) == 1:
            examples = "1 example"
        else:
            examples = "%d examples" % len(self.examples)
        return "<%s %s from %s:%s (%s)>" % (type(self).__name__, self.name, self.filename,
                                            self.lineno, examples)

    def _key(self):
        return (self.name, self.filename or "", -1 if self.lineno is None else self.lineno)

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name="<string>"):
        string = string.expandtabs()
        lines = string.split("\n")
        min_indent = None
        for line in lines:
            stripped = line.lstrip(" ")
            if stripped and not stripped[0].isspace():
                n = len(line) - len(stripped)
                if min_indent is None or n < min_indent:
                    min_indent = n
        min_indent = min_indent or 0
        if min_indent > 0:
            lines = [line[min_indent:] for line in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.lstrip(" ")
            if not stripped.startswith(">>>"):
                text.append(line)
                i += 1
                continue
            lineno = i
            indent = len(line) - len(stripped)
            source_lines = [line]
            i += 1
            while i < n and lines[i].lstrip(" ").startswith("..."):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n and lines[i].strip(" ") and not lines[i].lstrip(" ").startswith(">>>"):
                want_lines.append(lines[i])
                i += 1
            self._check_prompt_blank(source_lines, indent, name, lineno)
            self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
            source = "\n".join(sl[indent + 4:] for sl in source_lines)
            self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
            want = "\n".join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += "\n"
            exc_msg = self._find_exc_msg(want)
            options = self._find_options(source, name, lineno)
            if not _is_blank_or_comment(source):
                output.append("\n".join(text))
                text = []
                output.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=min_indent + indent, options=options))
        output.append("\n".join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _find_exc_msg(self, want):
        lines = want.split("\n")
        head = lines[0].rstrip()
        if head not in ("Traceback (most recent call last):", "Traceback (innermost last):"):
            return None
        for k in range(1, len(lines)):
            if _is_word_start(lines[k]):
                return "\n".join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split("\n"):
            at = line.find("#")
            while at >= 0:
                rest = line[at + 1:].lstrip()
                if rest.startswith("doctest:"):
                    body = rest[len("doctest:"):].lstrip()
                    if "'" not in body and '"' not in body:
                        for option in body.replace(",", " ").split():
                            if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                                raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                                 % (lineno + 1, name, option))
                            options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
                        break
                at = line.find("#", at + 1)
        if options and _is_blank_or_comment(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a line "
                             "with no example: %r" % (lineno, name, source))
        return options

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent leading "
                                 "whitespace: %r" % (lineno + i + 1, name, line))


class DocTestFinder:
    """Collects the DocTests of an object and of what it defines."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _getmodule(obj)
        source_lines = None
        filename = getattr(module, "__file__", None) if module is not None else None
        if filename:
            try:
                with open(filename, encoding="utf-8") as f:
                    source_lines = f.readlines()
            except (OSError, UnicodeDecodeError):
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        owner = _getmodule(obj)
        if owner is not None:
            return module is owner
        if isinstance(obj, _FunctionType):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, _BuiltinType):
            return getattr(obj, "__module__", None) == module.__name__
        if _ismethoddescriptor(obj):
            if hasattr(obj, "__objclass__"):
                return module.__name__ == obj.__objclass__.__module__
            if hasattr(obj, "__module__"):
                return module.__name__ == obj.__module__
            return True
        if _isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, "__module__"):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if isinstance(obj, _ModuleType) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = "%s.%s" % (name, valname)
                if (_isroutine(_unwrap(val)) or _isclass(val)) and self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
            for valname, val in list(getattr(obj, "__test__", {}).items()):
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                if not (_isroutine(val) or _isclass(val) or isinstance(val, (str, _ModuleType))):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(val),))
                valname = "%s.__test__.%s" % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen)
        if _isclass(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_isroutine(val) or _isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    valname = "%s.%s" % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ""
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        docstring = getattr(obj, "__doc__", None)
        if isinstance(obj, _ModuleType) and docstring is not None:
            lineno = 0
        if _isclass(obj) and docstring is not None:
            if source_lines is None:
                return None
            cname = getattr(obj, "__name__", "-")
            for i, line in enumerate(source_lines):
                s = line.lstrip()
                if s.startswith("class"):
                    rest = s[5:].lstrip()
                    if rest.startswith(cname) and not _is_ident_char(rest[len(cname):len(cname) + 1]):
                        lineno = i
                        break
        if isinstance(obj, _MethodType):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if isinstance(obj, _FunctionType) and getattr(obj, "__doc__", None):
            code = obj.__code__
            # A wrapper defined in one of our own library modules stands for a
            # built-in wrapper in CPython, which has no line number.
            if not str(getattr(code, "co_filename", "")).startswith("<frozen"):
                lineno = code.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for k in range(lineno, len(source_lines)):
                if _looks_like_docstring_start(source_lines[k]):
                    return k
        return None


def _is_ident_char(c):
    return bool(c) and (c.isalnum() or c == "_")


def _looks_like_docstring_start(line):
    """The test `(^|.*:)\\s*\\w*("|')` of CPython's finder, without a regex engine."""
    candidates = [0]
    for i, c in enumerate(line):
        if c == ":":
            candidates.append(i + 1)
    for start in candidates:
        j = start
        while j < len(line) and line[j].isspace():
            j += 1
        while j < len(line) and _is_ident_char(line[j]):
            j += 1
        if j < len(line) and line[j] in "\"'":
            return True
        # \w* may also stop early: a quote right after some word characters is covered above.
    return False


def _getmodule(obj):
    if isinstance(obj, _ModuleType):
        return obj
    mod = getattr(obj, "__module__", None)
    if isinstance(mod, str):
        return sys.modules.get(mod)
    return None


class _SpoofOut(StringIO):
    def getvalue(self):
        result = StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


class OutputChecker:
    """Decides whether an example's actual output matches the expected output."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n") or (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = "\n".join("" if _is_blankline_marker(line) else line for line in want.split("\n"))
            got = "\n".join("" if line.isspace() else line for line in got.split("\n"))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            lines = got.split("\n")
            for i in range(len(lines) - 1):
                if lines[i].strip(" ") == "":
                    lines[i] = BLANKLINE_MARKER
            got = "\n".join(lines)
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


def _is_blankline_marker(line):
    return line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == ""


class DocTestRunner:
    """Runs DocTests and keeps a tally of failures per test name."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n"
            + _indent(_exception_traceback(exc_info[1])))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def _run_examples(self, test, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original_optionflags
            for flag, val in example.options.items():
                if val:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, examplenum)
            exception = None
            try:
                exec(compile(example.source, filename, "single"), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = e
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = "failure"
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = "success"
            else:
                exc_msg = _exception_line(exception)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = "boom"
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = "success"
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = "success"
            if outcome == "success":
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == "failure":
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     (type(exception), exception, None))
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, out)
        finally:
            sys.stdout = save_stdout
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                f2, t2 = self._name2ft[name]
                f = f + f2
                t = t + t2
            self._name2ft[name] = (f, t)


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module m (default __main__)."""
    global master
    if m is None:
        m = sys.modules.get("__main__")
    if not isinstance(m, _ModuleType):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Run the examples in f's docstring with the given globals."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
