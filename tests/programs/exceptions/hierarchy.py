# The built-in exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (FloatingPointError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (FileNotFoundError, OSError), (PermissionError, OSError),
    (TimeoutError, OSError), (ConnectionResetError, ConnectionError), (ConnectionError, OSError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (StopAsyncIteration, Exception), (StopIteration, Exception),
    (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (Exception, BaseException), (DeprecationWarning, Warning), (Warning, Exception), (BufferError, Exception),
    (EOFError, Exception), (AssertionError, Exception), (AttributeError, Exception), (MemoryError, Exception),
    (ReferenceError, Exception), (TypeError, Exception), (ValueError, Exception), (BlockingIOError, OSError),
]
for sub, sup in pairs:
    print(f"{sub.__name__:22} < {sup.__name__:18} {issubclass(sub, sup)}")
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
print(BaseException.__bases__, Exception.__bases__[0].__name__)
