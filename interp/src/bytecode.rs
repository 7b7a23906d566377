//! The instruction set, defined once.
//!
//! Every opcode is one row of [`define_opcodes!`]: its name, the kind of its
//! argument, its stack effect and a one-line description. The `Opcode` enum,
//! `name()`, `arg_kind()`, `stack_effect()`, `doc()`, `ALL_OPCODES` and the
//! table in docs/bytecode.md (checked by a test) all come from that table.
//!
//! Names and stack effects are CPython 3.11's. The encoding is Krait's own: an
//! instruction is one 32-bit unit, opcode in the low 8 bits and a 24-bit
//! argument above it, so there is no EXTENDED_ARG and no inline CACHE unit;
//! jump arguments are absolute instruction indices (not byte offsets).
//! Backward jumps (loop edges) are always `JUMP_BACKWARD`, so a hot-loop
//! counter needs to watch one opcode.

/// How an instruction's argument is read (for the disassembler and tools).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is unused (always 0).
    None,
    /// A plain number (a count, flags, a depth).
    Num,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `(namei << 1) | push_null`.
    GlobalName,
    /// An index into the frame's localsplus (varnames, then cells, then frees).
    Local,
    /// An absolute instruction index.
    Jump,
    /// A `COMPARE_OP` operator, see [`COMPARE_OPS`].
    Compare,
    /// A `BINARY_OP` operator, see [`BINARY_OPS`].
    BinaryOp,
}

macro_rules! define_opcodes {
    ($( $name:ident = $num:literal, $kind:ident, |$a:ident, $j:ident| $eff:expr, $doc:literal; )*) => {
        /// A bytecode operation. See the module documentation.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode { $( $name = $num, )* }

        /// Every opcode, in table order.
        pub const ALL_OPCODES: &[Opcode] = &[ $( Opcode::$name, )* ];

        impl Opcode {
            /// The opcode's name as `dis` prints it.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }
            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $( Opcode::$name => ArgKind::$kind, )* }
            }
            /// One-line description (docs/bytecode.md).
            pub fn doc(self) -> &'static str {
                match self { $( Opcode::$name => $doc, )* }
            }
            /// Net change of the value-stack depth; `jump` selects the
            /// effect when a conditional jump is taken.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $( Opcode::$name => { let $a = arg as i32; let $j = jump; $eff } )* }
            }
            /// Decodes an opcode number.
            pub fn from_u8(n: u8) -> Option<Opcode> {
                match n { $( $num => Some(Opcode::$name), )* _ => None }
            }
        }
    };
}

define_opcodes! {
    NOP = 0, None, |a, j| 0, "Does nothing.";
    RESUME = 1, Num, |a, j| 0, "Marks the start of a function body (0) or a resumption point after a yield/await (1-3).";
    POP_TOP = 2, None, |a, j| -1, "Pops and discards TOS.";
    PUSH_NULL = 3, None, |a, j| 1, "Pushes the NULL marker that precedes a callable for CALL.";
    COPY = 4, Num, |a, j| 1, "Pushes a copy of the a-th item (1 = TOS).";
    SWAP = 5, Num, |a, j| 0, "Swaps TOS with the a-th item.";

    UNARY_POSITIVE = 10, None, |a, j| 0, "TOS = +TOS.";
    UNARY_NEGATIVE = 11, None, |a, j| 0, "TOS = -TOS.";
    UNARY_NOT = 12, None, |a, j| 0, "TOS = not TOS.";
    UNARY_INVERT = 13, None, |a, j| 0, "TOS = ~TOS.";
    BINARY_OP = 14, BinaryOp, |a, j| -1, "TOS = TOS1 op TOS, op from BINARY_OPS (in-place forms try __iop__ first).";
    BINARY_SUBSCR = 15, None, |a, j| -1, "TOS = TOS1[TOS].";
    STORE_SUBSCR = 16, None, |a, j| -3, "TOS1[TOS] = TOS2.";
    DELETE_SUBSCR = 17, None, |a, j| -2, "del TOS1[TOS].";
    BUILD_SLICE = 18, Num, |a, j| 1 - a, "Pushes slice(TOS1, TOS) (a=2) or slice(TOS2, TOS1, TOS) (a=3).";
    COMPARE_OP = 19, Compare, |a, j| -1, "TOS = TOS1 cmp TOS, cmp from COMPARE_OPS.";
    IS_OP = 20, Num, |a, j| -1, "TOS = TOS1 is TOS (is not when a=1).";
    CONTAINS_OP = 21, Num, |a, j| -1, "TOS = TOS1 in TOS (not in when a=1).";

    GET_ITER = 25, None, |a, j| 0, "TOS = iter(TOS).";
    GET_YIELD_FROM_ITER = 26, None, |a, j| 0, "TOS = iter(TOS) unless TOS is a generator or coroutine.";
    FOR_ITER = 27, Jump, |a, j| if j { -1 } else { 1 }, "Pushes next(TOS); when exhausted pops the iterator and jumps to a.";
    GET_LEN = 28, None, |a, j| 1, "Pushes len(TOS) (pattern matching).";
    MATCH_MAPPING = 29, None, |a, j| 1, "Pushes whether TOS is a mapping (pattern matching).";
    MATCH_SEQUENCE = 30, None, |a, j| 1, "Pushes whether TOS is a sequence (pattern matching).";
    MATCH_KEYS = 31, None, |a, j| 1, "TOS is a tuple of keys, TOS1 the subject: pushes a tuple of values or None.";
    MATCH_CLASS = 32, Num, |a, j| -2, "Matches TOS2 against class TOS1 with a positional and TOS keyword sub-patterns; pushes attribute tuple or None.";

    PUSH_EXC_INFO = 35, None, |a, j| 1, "Pushes the current exception under TOS and makes TOS current.";
    POP_EXCEPT = 36, None, |a, j| -1, "Pops TOS and restores it as the current exception.";
    CHECK_EXC_MATCH = 37, None, |a, j| 0, "TOS = isinstance-match of exception TOS1 against TOS.";
    CHECK_EG_MATCH = 38, None, |a, j| 0, "Splits exception group TOS1 by TOS (except*).";
    PREP_RERAISE_STAR = 39, None, |a, j| -1, "Combines raised and re-raised groups after except* clauses.";
    RERAISE = 40, Num, |a, j| -1, "Re-raises TOS; if a is non-zero, sets f_lasti from the a-th item.";
    WITH_EXCEPT_START = 41, None, |a, j| 1, "Calls the __exit__ at TOS3 with the exception at TOS.";
    BEFORE_WITH = 42, None, |a, j| 1, "Replaces a context manager with its __exit__ and pushes __enter__().";
    BEFORE_ASYNC_WITH = 43, None, |a, j| 1, "Like BEFORE_WITH for async context managers.";

    LOAD_BUILD_CLASS = 45, None, |a, j| 1, "Pushes builtins.__build_class__.";
    LOAD_ASSERTION_ERROR = 46, None, |a, j| 1, "Pushes AssertionError.";
    RETURN_VALUE = 47, None, |a, j| -1, "Returns TOS to the caller.";
    YIELD_VALUE = 48, None, |a, j| 0, "Yields TOS from a generator; the value sent in replaces it.";
    SEND = 49, Jump, |a, j| if j { -1 } else { 0 }, "Sends TOS into TOS1; on return pops both, pushes the result and jumps to a.";
    ASYNC_GEN_WRAP = 50, None, |a, j| 0, "Wraps a value yielded by an async generator.";
    GET_AWAITABLE = 51, Num, |a, j| 0, "TOS = the awaitable iterator of TOS.";
    GET_AITER = 52, None, |a, j| 0, "TOS = TOS.__aiter__().";
    GET_ANEXT = 53, None, |a, j| 1, "Pushes the awaitable of TOS.__anext__().";
    END_ASYNC_FOR = 54, None, |a, j| -2, "Ends an async for loop on StopAsyncIteration.";

    IMPORT_NAME = 56, Name, |a, j| -1, "Imports module co_names[a]; TOS1 is the level, TOS the fromlist.";
    IMPORT_FROM = 57, Name, |a, j| 1, "Pushes attribute co_names[a] of module TOS.";
    IMPORT_STAR = 58, None, |a, j| -1, "from TOS import *.";
    SETUP_ANNOTATIONS = 59, None, |a, j| 0, "Creates __annotations__ in the local namespace.";
    PRINT_EXPR = 60, None, |a, j| -1, "Prints TOS in interactive mode (sys.displayhook).";

    LOAD_CONST = 62, Const, |a, j| 1, "Pushes co_consts[a].";
    LOAD_FAST = 63, Local, |a, j| 1, "Pushes local a (UnboundLocalError if unset).";
    STORE_FAST = 64, Local, |a, j| -1, "Local a = TOS.";
    DELETE_FAST = 65, Local, |a, j| 0, "del local a.";
    LOAD_NAME = 66, Name, |a, j| 1, "Pushes name co_names[a] from locals, globals, builtins.";
    STORE_NAME = 67, Name, |a, j| -1, "locals[co_names[a]] = TOS.";
    DELETE_NAME = 68, Name, |a, j| 0, "del locals[co_names[a]].";
    LOAD_GLOBAL = 69, GlobalName, |a, j| 1 + (a & 1), "Pushes global co_names[a>>1] (after a NULL if a&1).";
    STORE_GLOBAL = 70, Name, |a, j| -1, "globals[co_names[a]] = TOS.";
    DELETE_GLOBAL = 71, Name, |a, j| 0, "del globals[co_names[a]].";
    LOAD_ATTR = 72, Name, |a, j| 0, "TOS = getattr(TOS, co_names[a]).";
    STORE_ATTR = 73, Name, |a, j| -2, "TOS.co_names[a] = TOS1.";
    DELETE_ATTR = 74, Name, |a, j| -1, "del TOS.co_names[a].";
    LOAD_METHOD = 75, Name, |a, j| 1, "Replaces TOS by (method, self) or (NULL, attribute) for CALL.";

    MAKE_CELL = 77, Local, |a, j| 0, "Replaces local a by a cell holding its value.";
    LOAD_CLOSURE = 78, Local, |a, j| 1, "Pushes the cell in slot a.";
    LOAD_DEREF = 79, Local, |a, j| 1, "Pushes the contents of the cell in slot a.";
    STORE_DEREF = 80, Local, |a, j| -1, "Stores TOS into the cell in slot a.";
    DELETE_DEREF = 81, Local, |a, j| 0, "Empties the cell in slot a.";
    LOAD_CLASSDEREF = 82, Local, |a, j| 1, "Like LOAD_DEREF, but the class namespace is checked first.";
    COPY_FREE_VARS = 83, Num, |a, j| 0, "Copies the a closure cells of the function into the last a slots.";

    BUILD_TUPLE = 85, Num, |a, j| 1 - a, "Pushes a tuple of the top a items.";
    BUILD_LIST = 86, Num, |a, j| 1 - a, "Pushes a list of the top a items.";
    BUILD_SET = 87, Num, |a, j| 1 - a, "Pushes a set of the top a items.";
    BUILD_MAP = 88, Num, |a, j| 1 - 2 * a, "Pushes a dict of the top a key/value pairs.";
    BUILD_CONST_KEY_MAP = 89, Num, |a, j| -a, "Pushes a dict of the a values under TOS with the keys of tuple TOS.";
    BUILD_STRING = 90, Num, |a, j| 1 - a, "Concatenates the top a strings.";
    LIST_APPEND = 91, Num, |a, j| -1, "Appends TOS to the list at depth a (after popping TOS).";
    SET_ADD = 92, Num, |a, j| -1, "Adds TOS to the set at depth a.";
    MAP_ADD = 93, Num, |a, j| -2, "Sets key TOS1 to TOS in the dict at depth a.";
    LIST_EXTEND = 94, Num, |a, j| -1, "Extends the list at depth a by iterable TOS.";
    SET_UPDATE = 95, Num, |a, j| -1, "Updates the set at depth a with iterable TOS.";
    DICT_UPDATE = 96, Num, |a, j| -1, "Updates the dict at depth a with mapping TOS.";
    DICT_MERGE = 97, Num, |a, j| -1, "Like DICT_UPDATE, but duplicate keys raise TypeError (calls).";
    LIST_TO_TUPLE = 98, None, |a, j| 0, "TOS = tuple(TOS).";
    UNPACK_SEQUENCE = 99, Num, |a, j| a - 1, "Unpacks TOS into a values, pushed right to left.";
    UNPACK_EX = 100, Num, |a, j| (a & 0xff) + (a >> 8), "Unpacks TOS with a starred target: a&0xff before it, a>>8 after it.";

    JUMP_FORWARD = 102, Jump, |a, j| 0, "Jumps forward to a.";
    JUMP_BACKWARD = 103, Jump, |a, j| 0, "Jumps backward to a (a loop edge; checks for interrupts).";
    JUMP_BACKWARD_NO_INTERRUPT = 104, Jump, |a, j| 0, "Jumps backward to a without an interrupt check.";
    POP_JUMP_IF_FALSE = 105, Jump, |a, j| -1, "Pops TOS; jumps to a if it is false.";
    POP_JUMP_IF_TRUE = 106, Jump, |a, j| -1, "Pops TOS; jumps to a if it is true.";
    POP_JUMP_IF_NONE = 107, Jump, |a, j| -1, "Pops TOS; jumps to a if it is None.";
    POP_JUMP_IF_NOT_NONE = 108, Jump, |a, j| -1, "Pops TOS; jumps to a if it is not None.";
    JUMP_IF_FALSE_OR_POP = 109, Jump, |a, j| if j { 0 } else { -1 }, "Jumps to a keeping TOS if it is false, else pops it.";
    JUMP_IF_TRUE_OR_POP = 110, Jump, |a, j| if j { 0 } else { -1 }, "Jumps to a keeping TOS if it is true, else pops it.";

    MAKE_FUNCTION = 112, Num, |a, j| -(((a & 0xf) as u32).count_ones() as i32), "Makes a function from code TOS; flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.";
    KW_NAMES = 113, Const, |a, j| 0, "Sets the keyword names (tuple co_consts[a]) for the next CALL.";
    CALL = 114, Num, |a, j| -(a + 1), "Calls with a arguments: [NULL|method, callable|self, args...].";
    CALL_FUNCTION_EX = 115, Num, |a, j| -2 - (a & 1), "Calls TOS1 (or TOS2) with *args TOS (and **kwargs if a&1).";
    RAISE_VARARGS = 116, Num, |a, j| -a, "raise (a=0), raise TOS (a=1), raise TOS1 from TOS (a=2).";
    FORMAT_VALUE = 117, Num, |a, j| if a & 4 != 0 { -1 } else { 0 }, "Formats TOS for an f-string; a&3 conversion (1 str, 2 repr, 3 ascii), a&4 spec at TOS.";

    // Specialized forms (written by the quickener at run time, never by the compiler).
    BINARY_OP_ADD_INT = 130, BinaryOp, |a, j| -1, "BINARY_OP specialized for int + int.";
    BINARY_OP_SUBTRACT_INT = 131, BinaryOp, |a, j| -1, "BINARY_OP specialized for int - int.";
    BINARY_OP_MULTIPLY_INT = 132, BinaryOp, |a, j| -1, "BINARY_OP specialized for int * int.";
    BINARY_OP_ADD_FLOAT = 133, BinaryOp, |a, j| -1, "BINARY_OP specialized for float + float.";
    BINARY_OP_SUBTRACT_FLOAT = 134, BinaryOp, |a, j| -1, "BINARY_OP specialized for float - float.";
    BINARY_OP_MULTIPLY_FLOAT = 135, BinaryOp, |a, j| -1, "BINARY_OP specialized for float * float.";
    BINARY_OP_TRUE_DIVIDE_FLOAT = 136, BinaryOp, |a, j| -1, "BINARY_OP specialized for float / float.";
    BINARY_OP_ADD_UNICODE = 137, BinaryOp, |a, j| -1, "BINARY_OP specialized for str + str.";
    COMPARE_OP_INT = 138, Compare, |a, j| -1, "COMPARE_OP specialized for two ints.";
    COMPARE_OP_FLOAT = 139, Compare, |a, j| -1, "COMPARE_OP specialized for two floats.";
    COMPARE_OP_STR = 140, Compare, |a, j| -1, "COMPARE_OP specialized for two strs (== and !=).";
    LOAD_ATTR_INSTANCE_VALUE = 141, Name, |a, j| 0, "LOAD_ATTR of an instance attribute, guarded by type version and shape.";
    LOAD_ATTR_SLOT = 142, Name, |a, j| 0, "LOAD_ATTR of a __slots__ member, guarded by type version.";
    LOAD_ATTR_MODULE = 143, Name, |a, j| 0, "LOAD_ATTR of a module attribute, guarded by the module dict's version.";
    LOAD_ATTR_CLASS = 144, Name, |a, j| 0, "LOAD_ATTR of a class attribute through an instance, guarded by type version and shape.";
    LOAD_ATTR_TYPE = 145, Name, |a, j| 0, "LOAD_ATTR of a plain attribute of a class object, guarded by the class's version.";
    STORE_ATTR_INSTANCE_VALUE = 146, Name, |a, j| -2, "STORE_ATTR replacing an instance attribute, guarded by type version and shape.";
    STORE_ATTR_ADD_VALUE = 147, Name, |a, j| -2, "STORE_ATTR adding an instance attribute (a cached shape transition).";
    STORE_ATTR_SLOT = 148, Name, |a, j| -2, "STORE_ATTR of a __slots__ member, guarded by type version.";
    LOAD_METHOD_WITH_VALUES = 149, Name, |a, j| 1, "LOAD_METHOD of a class method on an instance with a shape that does not shadow it.";
    LOAD_METHOD_NO_DICT = 150, Name, |a, j| 1, "LOAD_METHOD on an object without an attribute dict, guarded by type version.";
    LOAD_METHOD_MODULE = 151, Name, |a, j| 1, "LOAD_METHOD of a module attribute (pushes NULL, attribute).";
    LOAD_GLOBAL_MODULE = 152, GlobalName, |a, j| 1 + (a & 1), "LOAD_GLOBAL found in the module, guarded by the globals' version.";
    LOAD_GLOBAL_BUILTIN = 153, GlobalName, |a, j| 1 + (a & 1), "LOAD_GLOBAL found in builtins, guarded by globals' and builtins' versions.";
    CALL_PY_EXACT_ARGS = 154, Num, |a, j| -(a + 1), "CALL of a Python function taking exactly the given positional arguments.";
    CALL_BOUND_METHOD_EXACT_ARGS = 155, Num, |a, j| -(a + 1), "CALL of a bound Python method taking exactly the given arguments.";
    CALL_ALLOC_AND_ENTER_INIT = 156, Num, |a, j| -(a + 1), "CALL of a class: allocates the instance and enters its Python __init__ frame.";
    CALL_BUILTIN_LEN = 157, Num, |a, j| -(a + 1), "CALL of builtin len with one argument.";
    CALL_BUILTIN_ISINSTANCE = 158, Num, |a, j| -(a + 1), "CALL of builtin isinstance with two arguments.";
    CALL_BUILTIN_FAST = 159, Num, |a, j| -(a + 1), "CALL of a native function with positional arguments.";
    CALL_METHOD_DESCRIPTOR_FAST = 160, Num, |a, j| -(a + 1), "CALL of a native method found by LOAD_METHOD, with positional arguments.";
    FOR_ITER_RANGE = 161, Jump, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a range iterator.";
    FOR_ITER_LIST = 162, Jump, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a list iterator.";
    FOR_ITER_TUPLE = 163, Jump, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a tuple iterator.";
    BINARY_SUBSCR_LIST_INT = 164, None, |a, j| -1, "BINARY_SUBSCR of a list by an int.";
    BINARY_SUBSCR_TUPLE_INT = 165, None, |a, j| -1, "BINARY_SUBSCR of a tuple by an int.";
    BINARY_SUBSCR_DICT = 166, None, |a, j| -1, "BINARY_SUBSCR of a dict.";
    STORE_SUBSCR_LIST_INT = 167, None, |a, j| -3, "STORE_SUBSCR of a list by an int.";
    STORE_SUBSCR_DICT = 168, None, |a, j| -3, "STORE_SUBSCR of a dict.";
    UNPACK_SEQUENCE_TWO_TUPLE = 169, Num, |a, j| a - 1, "UNPACK_SEQUENCE of a 2-tuple.";
    UNPACK_SEQUENCE_TUPLE = 170, Num, |a, j| a - 1, "UNPACK_SEQUENCE of a tuple of the right length.";
    UNPACK_SEQUENCE_LIST = 171, Num, |a, j| a - 1, "UNPACK_SEQUENCE of a list of the right length.";
    CALL_PY_WITH_DEFAULTS = 172, Num, |a, j| -(a + 1), "CALL of a Python function given some positional arguments, the rest from its defaults.";
    CALL_BUILTIN_CLASS = 173, Num, |a, j| -(a + 1), "CALL of a built-in class with positional arguments: its native __new__ (and native __init__) directly.";
    FOR_ITER_GEN = 175, Jump, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a generator: its frame runs one step inside the same eval loop.";
    CALL_BUILTIN_BOUND = 174, Num, |a, j| -(a + 1), "CALL of a native function bound to its self (a bound built-in method), with positional arguments.";
}

impl Opcode {
    /// The generic instruction a specialized one stands for (itself for
    /// generic instructions).
    pub fn base(self) -> Opcode {
        match self {
            Opcode::BINARY_OP_ADD_INT => Opcode::BINARY_OP,
            Opcode::BINARY_OP_SUBTRACT_INT => Opcode::BINARY_OP,
            Opcode::BINARY_OP_MULTIPLY_INT => Opcode::BINARY_OP,
            Opcode::BINARY_OP_ADD_FLOAT => Opcode::BINARY_OP,
            Opcode::BINARY_OP_SUBTRACT_FLOAT => Opcode::BINARY_OP,
            Opcode::BINARY_OP_MULTIPLY_FLOAT => Opcode::BINARY_OP,
            Opcode::BINARY_OP_TRUE_DIVIDE_FLOAT => Opcode::BINARY_OP,
            Opcode::BINARY_OP_ADD_UNICODE => Opcode::BINARY_OP,
            Opcode::COMPARE_OP_INT => Opcode::COMPARE_OP,
            Opcode::COMPARE_OP_FLOAT => Opcode::COMPARE_OP,
            Opcode::COMPARE_OP_STR => Opcode::COMPARE_OP,
            Opcode::LOAD_ATTR_INSTANCE_VALUE => Opcode::LOAD_ATTR,
            Opcode::LOAD_ATTR_SLOT => Opcode::LOAD_ATTR,
            Opcode::LOAD_ATTR_MODULE => Opcode::LOAD_ATTR,
            Opcode::LOAD_ATTR_CLASS => Opcode::LOAD_ATTR,
            Opcode::LOAD_ATTR_TYPE => Opcode::LOAD_ATTR,
            Opcode::STORE_ATTR_INSTANCE_VALUE => Opcode::STORE_ATTR,
            Opcode::STORE_ATTR_ADD_VALUE => Opcode::STORE_ATTR,
            Opcode::STORE_ATTR_SLOT => Opcode::STORE_ATTR,
            Opcode::LOAD_METHOD_WITH_VALUES => Opcode::LOAD_METHOD,
            Opcode::LOAD_METHOD_NO_DICT => Opcode::LOAD_METHOD,
            Opcode::LOAD_METHOD_MODULE => Opcode::LOAD_METHOD,
            Opcode::LOAD_GLOBAL_MODULE => Opcode::LOAD_GLOBAL,
            Opcode::LOAD_GLOBAL_BUILTIN => Opcode::LOAD_GLOBAL,
            Opcode::CALL_PY_EXACT_ARGS => Opcode::CALL,
            Opcode::CALL_PY_WITH_DEFAULTS => Opcode::CALL,
            Opcode::CALL_BOUND_METHOD_EXACT_ARGS => Opcode::CALL,
            Opcode::CALL_ALLOC_AND_ENTER_INIT => Opcode::CALL,
            Opcode::CALL_BUILTIN_LEN => Opcode::CALL,
            Opcode::CALL_BUILTIN_ISINSTANCE => Opcode::CALL,
            Opcode::CALL_BUILTIN_FAST => Opcode::CALL,
            Opcode::CALL_METHOD_DESCRIPTOR_FAST => Opcode::CALL,
            Opcode::CALL_BUILTIN_CLASS => Opcode::CALL,
            Opcode::CALL_BUILTIN_BOUND => Opcode::CALL,
            Opcode::FOR_ITER_RANGE => Opcode::FOR_ITER,
            Opcode::FOR_ITER_LIST => Opcode::FOR_ITER,
            Opcode::FOR_ITER_TUPLE => Opcode::FOR_ITER,
            Opcode::FOR_ITER_GEN => Opcode::FOR_ITER,
            Opcode::BINARY_SUBSCR_LIST_INT => Opcode::BINARY_SUBSCR,
            Opcode::BINARY_SUBSCR_TUPLE_INT => Opcode::BINARY_SUBSCR,
            Opcode::BINARY_SUBSCR_DICT => Opcode::BINARY_SUBSCR,
            Opcode::STORE_SUBSCR_LIST_INT => Opcode::STORE_SUBSCR,
            Opcode::STORE_SUBSCR_DICT => Opcode::STORE_SUBSCR,
            Opcode::UNPACK_SEQUENCE_TWO_TUPLE => Opcode::UNPACK_SEQUENCE,
            Opcode::UNPACK_SEQUENCE_TUPLE => Opcode::UNPACK_SEQUENCE,
            Opcode::UNPACK_SEQUENCE_LIST => Opcode::UNPACK_SEQUENCE,
            op => op,
        }
    }

    /// Whether this is a specialized form written by the quickener.
    pub fn is_specialized(self) -> bool {
        self.base() != self
    }
}

/// `COMPARE_OP` arguments, in CPython's order.
pub const COMPARE_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `BINARY_OP` arguments, in CPython's order (`NB_ADD` = 0 ... `NB_INPLACE_XOR` = 25).
pub const BINARY_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// Largest argument an instruction can carry.
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// One encoded instruction: opcode in the low byte, argument above.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Instr(pub u32);

impl Instr {
    /// Encodes `op` with `arg` (which must be at most [`MAX_ARG`]).
    #[inline]
    pub fn new(op: Opcode, arg: u32) -> Instr {
        debug_assert!(arg <= MAX_ARG);
        Instr((op as u32) | (arg << 8))
    }
    /// The opcode.
    #[inline]
    pub fn op(self) -> Opcode {
        // SAFETY: an Instr is only built by `new` from a valid Opcode, or
        // rewritten in place by `set_op` with a valid Opcode.
        unsafe { std::mem::transmute::<u8, Opcode>(self.0 as u8) }
    }
    /// The argument.
    #[inline]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
    /// Replaces the opcode, keeping the argument (quickening).
    #[inline]
    pub fn set_op(&mut self, op: Opcode) {
        self.0 = (self.0 & !0xff) | op as u32;
    }
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.op().name(), self.arg())
    }
}

/// The Markdown table written to docs/bytecode.md.
pub fn markdown_table() -> String {
    let mut s =
        String::from("| opcode | number | argument | stack effect (no jump / jump) | meaning |\n");
    s.push_str("| --- | --- | --- | --- | --- |\n");
    for &op in ALL_OPCODES {
        let (e0, e1) = (op.stack_effect(1, false), op.stack_effect(1, true));
        let eff = if e0 == e1 {
            format!("{e0}")
        } else {
            format!("{e0} / {e1}")
        };
        s.push_str(&format!(
            "| `{}` | {} | {:?} | {} (a=1) | {} |\n",
            op.name(),
            op as u8,
            op.arg_kind(),
            eff,
            op.doc()
        ));
    }
    s
}
