import io
import unittest


class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    def setUp(self):
        self.items = [3, 1, 2]

    def test_add(self):
        self.assertEqual(1 + 1, 2)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIn(3, self.items)
        self.assertIsInstance(self.items, list)
        self.assertCountEqual(self.items, [1, 2, 3])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, "x")

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    @unittest.skip("not today")
    def test_skipped(self):
        pass


class Messages(unittest.TestCase):
    def test_messages(self):
        for call in (lambda: self.assertEqual(1, 2), lambda: self.assertTrue(0),
                     lambda: self.assertIn(5, [1]), lambda: self.assertIsNone(3),
                     lambda: self.assertGreater(1, 2), lambda: self.assertEqual(1, 2, "custom")):
            try:
                call()
            except AssertionError as e:
                print(e)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Calc))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      result.wasSuccessful())
print(stream.getvalue().splitlines()[-1])
# The "Ran N tests in T s" line has a timing in it: keep it out of the output.
quiet = io.StringIO()
prog = unittest.main(defaultTest="Messages", testRunner=unittest.TextTestRunner(stream=quiet),
                     exit=False)
print(prog.result.testsRun, prog.result.wasSuccessful(), quiet.getvalue().splitlines()[-1])
