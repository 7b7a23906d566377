"""Command-line parsing for Krait: the common part of CPython 3.11's `argparse`.

Supported: ArgumentParser (prog, usage, description, epilog, parents,
add_help, prefix_chars, argument_default, allow_abbrev, exit_on_error),
add_argument with actions store, store_const, store_true, store_false,
append, append_const, extend, count, help, version and Action subclasses;
nargs None/N/?/*/+, const, default, type, choices, required, help, metavar,
dest; argument groups and mutually exclusive groups (required ones are
checked); subparsers (add_subparsers/add_parser); set_defaults/get_default;
parse_args, parse_known_args, error, exit, print_usage, print_help,
format_usage, format_help; Namespace.  Error messages and the usage/help
layout follow CPython (width 78, as CPython without a terminal).

Parsing is simpler than CPython's pattern matching: options are consumed as
they come (with --opt=value, -xVALUE and unambiguous long-option prefixes),
the remaining strings are then shared out among the positionals in order,
each taking as many as it can while leaving the minimum the later ones need.
"""

import os as _os
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType", "HelpFormatter",
           "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
           "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action",
           "BooleanOptionalAction", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER",
           "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        parts = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append("%s=%r" % (name, value))
            else:
                star[name] = value
        if star:
            parts.append("**%r" % (star,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))


class ArgumentError(Exception):
    """An error from creating or using an argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """An error from trying to convert a command line string to a type."""


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return "{" + ",".join(argument.choices) + "}"
    return None


# ---------------------------------------------------------------- actions


class Action:
    """Information about how to convert command line strings to Python objects."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, "
                             "actions such as store true or store const may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required,
                        help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        _sys.stdout.write(version.replace("%(prog)s", parser.prog) + "\n")
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith("--"):
                _option_strings.append("--no-" + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        Action.__init__(self, _option_strings, dest, 0, None, default, type, choices, required,
                        help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None,
                        self._name_parser_map, required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        kwargs.pop("help", None)
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            msg = "unknown parser %r (choices: %s)" % (parser_name, ", ".join(self._name_parser_map))
            raise ArgumentError(self, msg)
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault("_UNRECOGNIZED_ARGS_ATTR", [])
            getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR").extend(arg_strings)


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
    "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
    "version": _VersionAction, "extend": _ExtendAction,
}


class FileType:
    """Factory for creating file object types."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == "-":
            return _sys.stdin if "r" in self._mode else _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


# ---------------------------------------------------------------- formatting


class HelpFormatter:
    """Formats usage and help the way CPython's HelpFormatter does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _fill_text(self, text, width, indent):
        import textwrap
        text = " ".join(text.split())
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        text = " ".join(text.split())
        return textwrap.wrap(text, width)

    def _get_help_string(self, action):
        return action.help

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            return "%s" % get_metavar(1)
        if action.nargs == OPTIONAL:
            return "[%s]" % get_metavar(1)
        if action.nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if action.nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get_metavar(2)
        if action.nargs == REMAINDER:
            return "..."
        if action.nargs == PARSER:
            return "%s ..." % get_metavar(1)
        if action.nargs == SUPPRESS:
            return ""
        return " ".join(get_metavar(action.nargs))

    def _default_metavar_optional(self, action):
        return action.dest.upper()

    def _default_metavar_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            (metavar,) = self._metavar_formatter(action, self._default_metavar_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args_string = self._format_args(action, self._default_metavar_optional(action))
        return ", ".join("%s %s" % (o, args_string) for o in action.option_strings)

    def _usage_parts(self, actions, groups):
        opt_parts = []
        pos_parts = []
        group_of = {}
        for group in groups:
            for a in group._group_actions:
                group_of[a] = group
        done_groups = set()
        for action in actions:
            if action.help is SUPPRESS:
                continue
            group = group_of.get(action)
            if group is not None and action.option_strings:
                if id(group) in done_groups:
                    continue
                done_groups.add(id(group))
                inner = []
                for a in group._group_actions:
                    if a.help is SUPPRESS:
                        continue
                    if a.nargs == 0:
                        inner.append(a.format_usage())
                    else:
                        inner.append("%s %s" % (a.option_strings[0],
                                                self._format_args(a, self._default_metavar_optional(a))))
                if inner:
                    text = " | ".join(inner)
                    opt_parts.append(("(%s)" if group.required else "[%s]") % text)
                continue
            if not action.option_strings:
                part = self._format_args(action, self._default_metavar_positional(action))
                if part:
                    pos_parts.append(part)
            else:
                option_string = action.option_strings[0]
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    part = "%s %s" % (option_string,
                                      self._format_args(action, self._default_metavar_optional(action)))
                if not action.required:
                    part = "[%s]" % part
                opt_parts.append(part)
        return opt_parts, pos_parts

    def format_usage(self, usage, actions, groups, prefix="usage: "):
        prog = self._prog
        if usage is not None:
            return "%s%s\n\n" % (prefix, usage.replace("%(prog)s", prog))
        opt_parts, pos_parts = self._usage_parts(actions, groups)
        text = " ".join([p for p in [prog] + opt_parts + pos_parts if p])
        text_width = self._width
        if len(prefix) + len(text) > text_width:
            def get_lines(parts, indent, prefix=None):
                lines = []
                line = []
                indent_length = len(indent)
                line_len = len(prefix) - 1 if prefix is not None else indent_length - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + " ".join(line))
                        line = []
                        line_len = indent_length - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines

            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = " " * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = get_lines([prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([prog] + pos_parts, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = " " * len(prefix)
                parts = opt_parts + pos_parts
                lines = get_lines(parts, indent)
                if len(lines) > 1:
                    lines = []
                    lines.extend(get_lines(opt_parts, indent))
                    lines.extend(get_lines(pos_parts, indent))
                lines = [prog] + lines
            text = "\n".join(lines)
        return "%s%s\n\n" % (prefix, text)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    def format_action(self, action, help_position, action_width):
        help_width = max(self._width - help_position, 11)
        action_header = self._format_action_invocation(action)
        indent = 2
        if not action.help:
            header = "%*s%s\n" % (indent, "", action_header)
        elif len(action_header) <= action_width:
            header = "%*s%-*s  " % (indent, "", action_width, action_header)
            indent_first = 0
        else:
            header = "%*s%s\n" % (indent, "", action_header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append("%*s%s\n" % (indent_first, "", help_lines[0]))
                for line in help_lines[1:]:
                    parts.append("%*s%s\n" % (help_position, "", line))
        elif not header.endswith("\n"):
            parts.append("\n")
        return "".join(parts)

    def format_help(self, parser):
        out = [self.format_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)]
        if parser.description:
            out.append(self._fill_text(parser.description, self._width, "") + "\n\n")
        visible = [a for a in parser._actions if a.help is not SUPPRESS]
        inv_len = 0
        for a in visible:
            inv_len = max(inv_len, len(self._format_action_invocation(a)) + 2)
        help_position = min(inv_len + 2, self._max_help_position)
        action_width = help_position - 2 - 2
        for group in parser._action_groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions and not group.description:
                continue
            section = ["%s:\n" % group.title] if group.title else []
            if group.description:
                section.append(self._fill_text(group.description, self._width - 2, "  ") + "\n\n")
            for a in actions:
                section.append(self.format_action(a, help_position, action_width))
            out.append("".join(section) + "\n")
        if parser.epilog:
            out.append(self._fill_text(parser.epilog, self._width, "") + "\n")
        text = "".join(out)
        text = text.rstrip("\n") + "\n"
        return text


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _default_metavar_optional(self, action):
        return action.type.__name__

    def _default_metavar_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- containers


class _ActionsContainer:
    def _register_action(self, action):
        self._actions.append(action)
        if action.option_strings:
            for s in action.option_strings:
                if s in self._option_string_actions and self._conflict_handler == "error":
                    raise ArgumentError(action, "conflicting option string: %s" % s)
                self._option_string_actions[s] = action
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][0] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            if not args:
                raise TypeError("add_argument() missing required argument")
            kwargs["dest"] = args[0]
            kwargs["option_strings"] = []
            if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs["required"] = True
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
        else:
            option_strings = []
            long_option_strings = []
            for option_string in args:
                if not option_string or option_string[0] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r"
                                     % (option_string, chars))
                option_strings.append(option_string)
                if len(option_string) > 1 and option_string[1] in chars:
                    long_option_strings.append(option_string)
            dest = kwargs.pop("dest", None)
            if dest is None:
                dest_option_string = long_option_strings[0] if long_option_strings else option_strings[0]
                dest = dest_option_string.lstrip(chars)
                if not dest:
                    raise ValueError("dest= is required for options like %r" % option_strings[0])
                dest = dest.replace("-", "_")
            kwargs["dest"] = dest
            kwargs["option_strings"] = option_strings
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_class = kwargs.pop("action", None)
        if not callable(action_class):
            if action_class not in _ACTIONS:
                raise ValueError("unknown action %r" % (action_class,))
            action_class = _ACTIONS[action_class]
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(**kwargs)
        return self._add_action(action)

    def _add_action(self, action):
        self._register_action(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        self.title = title
        self.description = description
        self._container = container
        self._group_actions = []
        self.prefix_chars = container.prefix_chars
        self.argument_default = container.argument_default
        self._defaults = container._defaults
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._conflict_handler = container._conflict_handler
        self._action_groups = container._action_groups
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = self._container._add_action(action)
        owner = self._container._optionals if action.option_strings else self._container._positionals
        if action in owner._group_actions and owner is not self:
            owner._group_actions.remove(action)
        if action not in self._group_actions:
            self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


# ---------------------------------------------------------------- the parser


class ArgumentParser(_ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "python"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._subparsers = None
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help", action="help",
                              default=SUPPRESS, help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction):
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        self._register_action(action)
        group = self._optionals if action.option_strings else self._positionals
        group._group_actions.append(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        title = kwargs.pop("title", None)
        description = kwargs.pop("description", None)
        if title or description:
            self._subparsers = self.add_argument_group(title or "subcommands", description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            _, pos = formatter._usage_parts(positionals, [])
            kwargs["prog"] = " ".join([self.prog] + pos)
        action = _SubParsersAction(option_strings=[], **kwargs)
        if self._subparsers is self._positionals:
            self._add_action(action)
        else:
            self._subparsers._add_action(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    # -------------------------------------------------------- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"))
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _looks_like_negative_number(self, s):
        try:
            float(s)
        except ValueError:
            return False
        return s.startswith("-")

    def _has_negative_number_options(self):
        return any(self._looks_like_negative_number(s) for s in self._option_string_actions)

    def _is_option(self, s):
        if not s or s[0] not in self.prefix_chars or len(s) == 1:
            return False
        if s in self._option_string_actions:
            return True
        if self._looks_like_negative_number(s) and not self._has_negative_number_options():
            return False
        if " " in s and s.split("=")[0] not in self._option_string_actions:
            return False
        return True

    def _match_option(self, arg):
        """Return (action, option_string, explicit_arg) for an option token."""
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if "=" in arg:
            opt, explicit = arg.split("=", 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, explicit
        chars = self.prefix_chars
        if len(arg) > 2 and arg[1] not in chars:
            short = arg[:2]
            if short in self._option_string_actions:
                return self._option_string_actions[short], short, arg[2:]
        if self.allow_abbrev and len(arg) > 2 and arg[1] in chars:
            opt = arg.split("=", 1)[0]
            explicit = arg.split("=", 1)[1] if "=" in arg else None
            matches = [s for s in self._option_string_actions if s.startswith(opt)]
            if len(matches) > 1:
                self.error("ambiguous option: %s could match %s" % (opt, ", ".join(matches)))
            if len(matches) == 1:
                return self._option_string_actions[matches[0]], matches[0], explicit
        return None

    def _parse_known_args(self, arg_strings, namespace):
        extras = []
        positional_strings = []
        seen_actions = set()
        seen_non_default = set()
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, a in enumerate(group._group_actions):
                conflicts.setdefault(a, []).extend(group._group_actions[:i] + group._group_actions[i + 1:])

        def take_action(action, values, option_string=None):
            seen_actions.add(action)
            argument_values = self._get_values(action, values)
            if argument_values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s"
                                            % _get_action_name(other))
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        # One letter per argument string: O an option, A an argument, - the "--" marker.
        pattern = []
        after_dashes = False
        for arg in arg_strings:
            if after_dashes:
                pattern.append("A")
            elif arg == "--":
                pattern.append("-")
                after_dashes = True
            else:
                pattern.append("O" if self._is_option(arg) else "A")
        pattern = "".join(pattern)
        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            counts = self._match_positionals(positionals, pattern[start:])
            for action, count in zip(positionals[:len(counts)], counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            del positionals[:len(counts)]
            return start

        def consume_optional(start):
            arg = arg_strings[start]
            match = self._match_option(arg)
            if match is None:
                extras.append(arg)
                return start + 1
            action, option_string, explicit = match
            start += 1
            if explicit is not None:
                if action.nargs == 0:
                    chars = self.prefix_chars
                    if option_string[1] not in chars and len(option_string) == 2:
                        take_action(action, [], option_string)
                        rest = explicit
                        while rest:
                            flag = option_string[0] + rest[0]
                            if flag not in self._option_string_actions:
                                raise ArgumentError(action, "ignored explicit argument %r" % rest)
                            a = self._option_string_actions[flag]
                            if a.nargs == 0:
                                take_action(a, [], flag)
                                rest = rest[1:]
                            else:
                                take_action(a, [rest[1:]] if rest[1:] else [], flag)
                                rest = ""
                        return start
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                take_action(action, [explicit], option_string)
                return start
            nargs = action.nargs
            avail = 0
            while start + avail < len(pattern) and pattern[start + avail] == "A":
                avail += 1
            if nargs == REMAINDER:
                count = len(pattern) - start
            elif nargs is None:
                count = min(avail, 1)
            elif nargs == OPTIONAL:
                count = min(avail, 1)
            elif nargs in (ZERO_OR_MORE, ONE_OR_MORE, PARSER):
                count = avail
            elif isinstance(nargs, int):
                count = min(avail, nargs)
            else:
                count = 0
            self._check_count(action, count)
            take_action(action, arg_strings[start:start + count], option_string)
            return start + count

        option_indices = [i for i, c in enumerate(pattern) if c == "O"]
        start = 0
        max_option = option_indices[-1] if option_indices else -1
        while start <= max_option:
            next_option = min(i for i in option_indices if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            self.error("the following arguments are required: %s" % ", ".join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(a in seen_non_default for a in group._group_actions):
                    names = [_get_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    self.error("one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def _match_positionals(self, actions, pattern):
        """Counts of argument strings for the longest prefix of `actions` that
        can match the start of `pattern` (CPython's _match_arguments_partial)."""

        def fits(nargs, piece):
            a = piece.count("A")
            if "O" in piece:
                if nargs == REMAINDER:
                    return True
                if nargs == PARSER:
                    return piece[:1] != "O" and piece.lstrip("-")[:1] == "A"
                return False
            if nargs is None:
                return a == 1
            if nargs == OPTIONAL:
                return a <= 1
            if nargs in (ZERO_OR_MORE, REMAINDER):
                return True
            if nargs in (ONE_OR_MORE, PARSER):
                return piece.lstrip("-")[:1] == "A"
            if isinstance(nargs, int):
                return a == nargs
            return False

        def match(k, pos, acts):
            if k == len(acts):
                return []
            nargs = acts[k].nargs
            limit = len(pattern) - pos
            for length in range(limit, -1, -1):
                piece = pattern[pos:pos + length]
                if nargs not in (REMAINDER, PARSER) and "O" in piece:
                    continue
                if fits(nargs, piece):
                    rest = match(k + 1, pos + length, acts)
                    if rest is not None:
                        return [length] + rest
            return None

        for i in range(len(actions), 0, -1):
            counts = match(0, 0, actions[:i])
            if counts is not None:
                return counts
        return []

    def _min_count(self, action):
        nargs = action.nargs
        if nargs is None or nargs == ONE_OR_MORE or nargs == PARSER:
            return 1
        if isinstance(nargs, int):
            return nargs
        return 0

    def _check_count(self, action, count):
        nargs = action.nargs
        ok = {None: count == 1, OPTIONAL: count <= 1, ZERO_OR_MORE: True,
              ONE_OR_MORE: count >= 1, REMAINDER: True, PARSER: count >= 1}
        if nargs in ok:
            good = ok[nargs]
        else:
            good = count == nargs
        if not good:
            msgs = {None: "expected one argument", OPTIONAL: "expected at most one argument",
                    ONE_OR_MORE: "expected at least one argument"}
            msg = msgs.get(nargs)
            if msg is None:
                msg = ("expected %s argument" if nargs == 1 else "expected %s arguments") % nargs
            raise ArgumentError(action, msg)

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                arg_strings.remove("--")
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings):
            value = action.default if action.default is not None else []
            if action.default is not None:
                self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        elif action.nargs == 0:
            value = action.const if action.const is not None else []
            if not action.option_strings:
                value = action.default
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, "__name__", repr(type_func))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # -------------------------------------------------------- output

    def format_usage(self):
        return self._get_formatter().format_usage(self.usage, self._actions,
                                                  self._mutually_exclusive_groups).rstrip("\n") + "\n"

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        file.write(self.format_usage())

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        file.write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
