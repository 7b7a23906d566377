//! Krait's front end and interpreter: source text to code objects
//! (tokenizer, parser, symbol table, compiler), and the eval loop that runs
//! them over the runtime's objects.

pub mod ast;
pub mod ast_dump;
pub mod bytecode;
pub mod code;
pub mod compiler;
pub mod dis;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod source;
pub mod symtable;
pub mod vm;

pub use error::{CompileError, CompileErrorKind, Mode};
