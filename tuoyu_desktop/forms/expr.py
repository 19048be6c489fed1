"""A small, safe expression language for form rules (relevance, constraints, calculations).

Parsed into a tree, type-checked when the form loads, evaluated by walking the tree: never
Python ``eval``. Grammar, loosest binding first::

    expr  := or ;  or := and ("or" and)* ;  and := not ("and" not)* ;  not := "not" not | cmp
    cmp   := sum (("=" | "==" | "!=" | "<" | "<=" | ">" | ">=") sum)?
    sum   := term (("+" | "-") term)* ;  term := unary (("*" | "/") unary)*
    unary := "-" unary | atom
    atom  := NUMBER | "text" | true | false | NAME | NAME "(" [expr ("," expr)*] ")" | "(" expr ")"

Values are numbers (Decimal), text, booleans, or ``None`` for "not known yet" (an unanswered
item, a division by zero). ``None`` spreads through arithmetic and comparisons; ``and``/``or``
use three-valued logic, so ``false and unknown`` is false.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.messages import Message

NUMBER, TEXT, BOOL = "number", "text", "bool"
LIST = "list"
TYPE_NAMES = {NUMBER: Message("expr.type.number"), TEXT: Message("expr.type.text"), BOOL: Message("expr.type.bool"),
              LIST: Message("expr.type.list")}


class ExprError(TuoyuError):
    """A malformed or ill-typed expression; the message is for the form's author."""


@dataclass(frozen=True)
class Node:
    op: str  # "num", "text", "bool", "name", "call", "not", "neg", "and", "or", a comparison or arithmetic symbol
    args: tuple = ()
    value: Any = None


@dataclass(frozen=True)
class Function:
    params: tuple[str, ...]
    result: str  # a type, or "item": the type of the item named by the first argument
    references_item: bool = False  # the first argument names a form item
    run: Callable[..., Any] | None = None  # None where only types are checked


_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<text>\"[^\"]*\"|'[^']*'|“[^”]*”)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op><=|>=|==|!=|[-+*/()<>=,]))"
)
_COMPARISONS = ("=", "==", "!=", "<", "<=", ">", ">=")
# Deeper trees would exhaust Python's stack in the recursive parser, checker and evaluator
# (a RecursionError instead of a message); no real rule comes near these.
MAX_NESTING = 40  # brackets, function calls, "not" and unary "-" inside one another
MAX_DEPTH = 120  # the tree's depth, also counting chains such as 1 + 1 + 1 …


def _tokens(source: str) -> list[tuple[str, str, int]]:
    tokens, position = [], 0
    source = source.rstrip()
    while position < len(source):
        match = _TOKEN.match(source, position)
        if not match or match.end() == position:
            raise ExprError(Message("expr.unknown_char", position=position + 1, text=repr(source[position:position + 10])))
        kind = match.lastgroup
        assert kind is not None  # every alternative is a named group
        tokens.append((kind, match.group(kind), match.start(kind)))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.tokens = _tokens(source)
        self.at = 0
        self.nesting = 0

    def nested(self, parse_inner: Callable[[], Node]) -> Node:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise ExprError(Message("expr.too_nested", limit=MAX_NESTING))
        try:
            return parse_inner()
        finally:
            self.nesting -= 1

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def accept(self, *texts: str) -> str | None:
        token = self.peek()
        if token and token[0] in ("op", "name") and token[1] in texts:
            self.at += 1
            return token[1]
        return None

    def expect(self, text: str) -> None:
        if not self.accept(text):
            token = self.peek()
            where = Message("expr.at_char", position=token[2] + 1, text=repr(token[1])) if token else Message("expr.ends_here")
            raise ExprError(Message("expr.missing", text=repr(text), where=where))

    def parse(self) -> Node:
        if not self.tokens:
            raise ExprError(Message("expr.empty"))
        node = self.or_()
        token = self.peek()
        if token:
            raise ExprError(Message("expr.extra", position=token[2] + 1, text=repr(token[1])))
        return node

    def or_(self) -> Node:
        node = self.and_()
        while self.accept("or"):
            node = Node("or", (node, self.and_()))
        return node

    def and_(self) -> Node:
        node = self.not_()
        while self.accept("and"):
            node = Node("and", (node, self.not_()))
        return node

    def not_(self) -> Node:
        if self.accept("not"):
            return Node("not", (self.nested(self.not_),))
        return self.comparison()

    def comparison(self) -> Node:
        node = self.sum()
        op = self.accept(*_COMPARISONS)
        if op:
            node = Node("==" if op == "=" else op, (node, self.sum()))
        return node

    def sum(self) -> Node:
        node = self.term()
        while op := self.accept("+", "-"):
            node = Node(op, (node, self.term()))
        return node

    def term(self) -> Node:
        node = self.unary()
        while op := self.accept("*", "/"):
            node = Node(op, (node, self.unary()))
        return node

    def unary(self) -> Node:
        if self.accept("-"):
            return Node("neg", (self.nested(self.unary),))
        return self.atom()

    def atom(self) -> Node:
        token = self.peek()
        if token is None:
            raise ExprError(Message("expr.incomplete"))
        kind, text, _ = token
        self.at += 1
        if kind == "num":
            return Node("num", value=Decimal(text))
        if kind == "text":
            return Node("text", value=text[1:-1])
        if kind == "name":
            if text in ("true", "false"):
                return Node("bool", value=text == "true")
            if text in ("and", "or", "not"):
                raise ExprError(Message("expr.nothing_before", position=token[2] + 1, text=repr(text)))
            if self.accept("("):
                args = []
                if not self.accept(")"):
                    args.append(self.nested(self.or_))
                    while self.accept(","):
                        args.append(self.nested(self.or_))
                    self.expect(")")
                return Node("call", tuple(args), value=text)
            return Node("name", value=text)
        if text == "(":
            node = self.nested(self.or_)
            self.expect(")")
            return node
        raise ExprError(Message("expr.unexpected", position=token[2] + 1, text=repr(text)))


def parse(source: str) -> Node:
    """Parse ``source``; raise ``ExprError`` saying where it is malformed."""
    if not isinstance(source, str):
        raise ExprError(Message("expr.not_text"))
    node = _Parser(source).parse()
    if _depth(node) > MAX_DEPTH:
        raise ExprError(Message("expr.too_long", limit=MAX_DEPTH))
    return node


def _depth(root: Node) -> int:
    """The tree's depth, without recursion."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((arg, depth + 1) for arg in node.args)
    return deepest


class Environment:
    """What an expression may name: typed variables and functions."""

    def __init__(self, variables: Mapping[str, str], functions: Mapping[str, Function]):
        self.variables = dict(variables)
        self.functions = dict(functions)

    def check(self, node: Node, item_types: Mapping[str, str]) -> str:
        """The type ``node`` produces; ``item_types`` maps item id → type of its value."""
        op = node.op
        if op in ("num", "text", "bool"):
            return {"num": NUMBER, "text": TEXT, "bool": BOOL}[op]
        if op == "name":
            if node.value not in self.variables:
                raise ExprError(Message("expr.unknown_name", name=repr(node.value), choices=", ".join(sorted(self.variables))))
            return self.variables[node.value]
        if op == "call":
            return self._check_call(node, item_types)
        kinds = [self.check(arg, item_types) for arg in node.args]
        if op in ("not", "and", "or"):
            self._want(op, kinds, BOOL)
            return BOOL
        if op in ("neg", "+", "-", "*", "/"):
            self._want(op, kinds, NUMBER)
            return NUMBER
        if op in ("==", "!="):
            if kinds[0] != kinds[1]:
                raise ExprError(Message("expr.cannot_compare", left=TYPE_NAMES[kinds[0]], right=TYPE_NAMES[kinds[1]]))
            return BOOL
        self._want(op, kinds, NUMBER)  # < <= > >=
        return BOOL

    def _check_call(self, node: Node, item_types: Mapping[str, str]) -> str:
        function = self.functions.get(node.value)
        if function is None:
            raise ExprError(Message("expr.unknown_function", name=repr(node.value), choices=", ".join(sorted(self.functions))))
        if len(node.args) != len(function.params):
            raise ExprError(Message("expr.arity", name=node.value, wanted=len(function.params), given=len(node.args)))
        for position, (arg, wanted) in enumerate(zip(node.args, function.params, strict=True), start=1):
            got = self.check(arg, item_types)
            if got != wanted:
                raise ExprError(Message("expr.argument_type", name=node.value, position=position, wanted=TYPE_NAMES[wanted], got=TYPE_NAMES[got]))
        if function.references_item:
            item_id = _literal_item_id(node)
            if item_id not in item_types:
                raise ExprError(Message("expr.no_item", name=node.value, item=repr(item_id)))
            if function.result == "item":
                return item_types[item_id]
        return function.result

    @staticmethod
    def _want(op: str, kinds: list[str], wanted: str) -> None:
        for kind in kinds:
            if kind != wanted:
                raise ExprError(Message("expr.operand_type", op=repr(op), wanted=TYPE_NAMES[wanted], got=TYPE_NAMES[kind]))


def _literal_item_id(node: Node) -> str:
    first = node.args[0] if node.args else None
    if first is None or first.op != "text":
        raise ExprError(Message("expr.literal_item", name=node.value))
    return first.value


def item_references(node: Node, functions: Mapping[str, Function]) -> set[str]:
    """Ids of the form items an expression reads (for dependency order and cycle checks)."""
    found = set()
    if node.op == "call" and functions.get(node.value) and functions[node.value].references_item:
        found.add(_literal_item_id(node))
    for arg in node.args:
        found |= item_references(arg, functions)
    return found


def evaluate(node: Node, variables: Mapping[str, Any], functions: Mapping[str, Function]) -> Any:
    """Evaluate a checked tree; unknown values are ``None``."""
    op = node.op
    if op in ("num", "text", "bool"):
        return node.value
    if op == "name":
        return variables.get(node.value)
    if op == "call":
        args = [evaluate(arg, variables, functions) for arg in node.args]
        run = functions[node.value].run
        if run is None:
            raise ExprError(Message("expr.check_only", name=node.value))
        try:
            return run(*args)
        except ArithmeticError:  # overflow, an impossible decimal operation: not known
            return None
    if op == "and":
        left = evaluate(node.args[0], variables, functions)
        if left is False:
            return False
        right = evaluate(node.args[1], variables, functions)
        return False if right is False else (None if None in (left, right) else True)
    if op == "or":
        left = evaluate(node.args[0], variables, functions)
        if left is True:
            return True
        right = evaluate(node.args[1], variables, functions)
        return True if right is True else (None if None in (left, right) else False)
    values = [evaluate(arg, variables, functions) for arg in node.args]
    if None in values:
        return None
    if op == "not":
        return not values[0]
    try:
        if op == "neg":
            return -values[0]
        a, b = values
        return _BINARY[op](a, b)
    except ArithmeticError:  # division by zero, overflow, NaN: not known
        return None


_BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}
