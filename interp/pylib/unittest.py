"""Unit testing for Krait: the core of CPython 3.11's `unittest`.

TestCase with the common assert methods, setUp/tearDown (and the class-level
ones), skipping, subTest, TestSuite, TestLoader.loadTestsFromTestCase,
TextTestRunner and main().  The runner writes CPython's progress dots, the
failure sections (with a short traceback: the exception line only), the
"Ran N tests" line and OK / FAILED (...) to stderr; main() exits with
status 0 or 1 as CPython does.  Test discovery from directories and the
command-line options are not provided.
"""

import sys
import time

__all__ = ["TestCase", "TestSuite", "TestLoader", "TextTestRunner", "TestResult", "main",
           "skip", "skipIf", "skipUnless", "expectedFailure", "SkipTest", "FunctionTestCase"]


class SkipTest(Exception):
    """Raise this to skip a test."""


class _ShouldStop(Exception):
    pass


def skip(reason):
    def decorator(obj):
        obj.__unittest_skip__ = True
        obj.__unittest_skip_why__ = reason
        return obj
    if callable(reason) and not isinstance(reason, str):
        obj, reason = reason, ""
        return decorator(obj)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(func):
    func.__unittest_expecting_failure__ = True
    return func


def _fmt(exc):
    msg = str(exc)
    name = type(exc).__qualname__
    mod = type(exc).__module__
    if mod not in ("builtins", "__main__"):
        name = mod + "." + name
    return "%s: %s" % (name, msg) if msg else name


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            raise self.test_case.failureException("%s not raised" % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(exc_value)):
                raise self.test_case.failureException('"%s" does not match "%s"'
                                                      % (self.regex, str(exc_value)))
        return True


class TestCase:
    """A class whose instances are single test cases."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError("no such test method in %s: %s" % (type(self), methodName))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def id(self):
        return "%s.%s.%s" % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, type(self).__module__,
                                  type(self).__qualname__, self._testMethodName)

    def __repr__(self):
        return "<%s.%s testMethod=%s>" % (type(self).__module__, type(self).__qualname__,
                                          self._testMethodName)

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split("\n")[0].strip() if doc else None

    def countTestCases(self):
        return 1

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTest()

    def run(self, result=None):
        if result is None:
            result = TestResult()
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        try:
            if getattr(type(self), "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = (getattr(type(self), "__unittest_skip_why__", "")
                       or getattr(method, "__unittest_skip_why__", ""))
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
            try:
                self.setUp()
            except SkipTest as e:
                result.addSkip(self, str(e))
                return result
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                result.addError(self, e)
                return result
            outcome = None
            try:
                method()
            except SkipTest as e:
                outcome = ("skip", e)
            except self.failureException as e:
                outcome = ("fail", e)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                outcome = ("error", e)
            try:
                self.tearDown()
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                if outcome is None:
                    outcome = ("error", e)
            try:
                self.doCleanups()
            except BaseException as e:
                if outcome is None:
                    outcome = ("error", e)
            if outcome is None:
                if expecting_failure:
                    result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            elif outcome[0] == "skip":
                result.addSkip(self, str(outcome[1]))
            elif expecting_failure:
                result.addExpectedFailure(self, outcome[1])
            elif outcome[0] == "fail":
                result.addFailure(self, outcome[1])
            else:
                result.addError(self, outcome[1])
        finally:
            result.stopTest(self)
        return result

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()

    # -------------------------------------------------------- assertions

    def _fail(self, standard, msg):
        if msg is None:
            raise self.failureException(standard)
        raise self.failureException("%s : %s" % (standard, msg) if self.longMessage else msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail("%r is not true" % (expr,), msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail("%r is not false" % (expr,), msg)

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail("%r != %r" % (first, second), msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail("%r == %r" % (first, second), msg)

    assertListEqual = assertTupleEqual = assertDictEqual = assertSetEqual = assertEqual
    assertSequenceEqual = assertMultiLineEqual = assertEqual
    assertEquals = failUnlessEqual = assertEqual
    assertNotEquals = failIfEqual = assertNotEqual

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%r != %r within %r delta (%r difference)" % (first, second, delta, diff)
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%r != %r within %r places (%r difference)" % (first, second, places, diff)
        self._fail(standard, msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
        self._fail("%r == %r within %r places" % (first, second, places), msg)

    def assertIs(self, first, second, msg=None):
        if first is not second:
            self._fail("%r is not %r" % (first, second), msg)

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            self._fail("unexpectedly identical: %r" % (first,), msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail("%r is not None" % (obj,), msg)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail("unexpectedly None", msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail("%r not found in %r" % (member, container), msg)

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail("%r unexpectedly found in %r" % (member, container), msg)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail("%r is not an instance of %r" % (obj, cls), msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail("%r is an instance of %r" % (obj, cls), msg)

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail("%r not greater than %r" % (a, b), msg)

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail("%r not greater than or equal to %r" % (a, b), msg)

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail("%r not less than %r" % (a, b), msg)

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail("%r not less than or equal to %r" % (a, b), msg)

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        try:
            ok = sorted(a) == sorted(b)
        except TypeError:
            ok = all(a.count(x) == b.count(x) for x in a) and len(a) == len(b)
        if not ok:
            self._fail("Element counts were not equal", msg)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if not re.search(expected_regex, text):
            self._fail("Regex didn't match: %r not found in %r" % (expected_regex, text), msg)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if re.search(unexpected_regex, text):
            self._fail("Regex matched: %r matches %r" % (text, unexpected_regex), msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        if not args:
            kwargs.pop("msg", None)
            return context
        callable_obj, args = args[0], args[1:]
        with context:
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        if not args:
            return context
        callable_obj, args = args[0], args[1:]
        with context:
            callable_obj(*args, **kwargs)

    failUnless = assert_ = assertTrue
    failIf = assertFalse
    failUnlessRaises = assertRaises


class _SubTest:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()


class TestSuite:
    """A collection of tests."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def run(self, result):
        classes_set_up = []
        for test in self._tests:
            if isinstance(test, TestCase):
                cls = type(test)
                if cls not in classes_set_up:
                    if classes_set_up:
                        classes_set_up[-1].tearDownClass()
                    classes_set_up.append(cls)
                    cls.setUpClass()
            test(result)
        if classes_set_up:
            classes_set_up[-1].tearDownClass()
        return result

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)


class TestLoader:
    testMethodPrefix = "test"

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in dir(testCaseClass)
                 if n.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, n))]
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return TestSuite([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        return TestSuite(tests)


defaultTestLoader = TestLoader()


def makeSuite(testCaseClass, prefix="test"):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.loadTestsFromTestCase(testCaseClass)


class TestResult:
    """Holder for test result information."""

    def __init__(self, stream=None, descriptions=None, verbosity=0):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def addSuccess(self, test):
        pass

    def addFailure(self, test, err):
        self.failures.append((test, _fmt(err)))

    def addError(self, test, err):
        self.errors.append((test, _fmt(err)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _fmt(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self)
        self.stream = stream
        self.verbosity = verbosity

    def _progress(self, short, long):
        if self.verbosity > 1:
            self.stream.write(long + "\n")
        elif self.verbosity == 1:
            self.stream.write(short)
        self.stream.flush()

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.verbosity > 1:
            self.stream.write(str(test) + " ... ")

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._progress(".", "ok")

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._progress("F", "FAIL")

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._progress("E", "ERROR")

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._progress("s", "skipped %r" % (reason,))

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._progress("x", "expected failure")

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._progress("u", "unexpected success")

    def printErrors(self):
        if self.verbosity == 1:
            self.stream.write("\n")
        for flavour, errors in (("ERROR", self.errors), ("FAIL", self.failures)):
            for test, err in errors:
                self.stream.write(self.separator1 + "\n")
                self.stream.write("%s: %s\n" % (flavour, test))
                self.stream.write(self.separator2 + "\n")
                self.stream.write("Traceback (most recent call last):\n%s\n\n" % err)


class TextTestRunner:
    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity

    def run(self, test):
        result = TextTestResult(self.stream, self.descriptions, self.verbosity)
        start = time.perf_counter()
        test(result)
        taken = time.perf_counter() - start
        result.printErrors()
        run = result.testsRun
        self.stream.write(TextTestResult.separator2 + "\n")
        self.stream.write("Ran %d test%s in %.3fs\n\n" % (run, "" if run == 1 else "s", taken))
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        else:
            self.stream.write("NO TESTS RAN" if run == 0 and not result.skipped else "OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.write(" (%s)" % ", ".join(infos))
        self.stream.write("\n")
        self.stream.flush()
        return result


class TestProgram:
    """Runs the tests of a module: unittest.main()."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        self.verbosity = verbosity
        self.exit = exit
        loader = testLoader
        if defaultTest is None:
            self.test = loader.loadTestsFromModule(module)
        else:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
            self.test = TestSuite([loader.loadTestsFromTestCase(getattr(module, n)) for n in names])
        if testRunner is None:
            testRunner = TextTestRunner(verbosity=verbosity)
        elif isinstance(testRunner, type):
            testRunner = testRunner(verbosity=verbosity)
        self.result = testRunner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(5)
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
