package dev.migrate.lint;

import dev.migrate.lint.Ddl.Action;
import dev.migrate.lint.SqlTokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the tokens of one statement into a {@link Ddl}; what it does not know is {@link Ddl.Other}. */
final class DdlParser {

    private static final Set<String> CONSTRAINT_KINDS = Set.of("FOREIGN", "CHECK", "UNIQUE", "PRIMARY", "EXCLUDE",
            "INDEX", "KEY", "FULLTEXT", "SPATIAL");

    private final List<Token> tokens;
    private int pos;

    private DdlParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Ddl parse(String sql) {
        return new DdlParser(SqlTokens.of(sql)).statement();
    }

    private Ddl statement() {
        if (accept("CREATE")) {
            accept("OR");
            accept("REPLACE");
            boolean unique = accept("UNIQUE");
            String method = accept("FULLTEXT") ? "FULLTEXT" : accept("SPATIAL") ? "SPATIAL" : "";
            if (accept("INDEX")) {
                return createIndex(unique, method);
            }
            accept("UNLOGGED");
            accept("TEMPORARY");
            accept("TEMP");
            if (accept("TABLE")) {
                ifExists();
                return new Ddl.CreateTable(qualifiedName());
            }
            if (accept("TYPE")) {
                return new Ddl.CreateType(qualifiedName());
            }
            return new Ddl.Other();
        }
        if (accept("DROP")) {
            if (accept("INDEX")) {
                boolean concurrently = accept("CONCURRENTLY");
                ifExists();
                List<String> names = nameList();
                String table = accept("ON") ? qualifiedName() : null;
                return new Ddl.DropIndex(names, table, concurrently);
            }
            if (accept("TABLE")) {
                ifExists();
                return new Ddl.DropTable(nameList());
            }
            return new Ddl.Other();
        }
        if (accept("ALTER")) {
            if (accept("TABLE")) {
                ifExists();
                accept("ONLY");
                String table = qualifiedName();
                return new Ddl.AlterTable(table, actions());
            }
            if (accept("TYPE")) {
                String type = qualifiedName();
                if (accept("ADD")) {
                    return accept("VALUE") ? new Ddl.AlterTypeAddValue(type) : new Ddl.Other();
                }
                if (accept("RENAME")) {
                    if (accept("TO")) {
                        return new Ddl.AlterTypeRename(type, qualifiedName());
                    }
                    if (accept("VALUE")) {
                        String from = next().text();
                        accept("TO");
                        return new Ddl.AlterTypeRenameValue(type, from, pos < tokens.size() ? next().text() : "");
                    }
                }
            }
            return new Ddl.Other();
        }
        if (accept("REINDEX")) {
            skipParenthesised();
            boolean table = accept("TABLE");
            if (!table && !accept("INDEX")) {
                return new Ddl.Other();
            }
            boolean concurrently = accept("CONCURRENTLY");
            return new Ddl.Reindex(qualifiedName(), table, concurrently);
        }
        if (accept("VACUUM")) {
            boolean full = accept("FULL");
            if (!full && pos < tokens.size() && tokens.get(pos).isSymbol("(")) {
                int start = pos;
                skipParenthesised();
                full = tokens.subList(start, pos).stream().anyMatch(t -> t.is("FULL"));
            }
            return full ? new Ddl.TableRewrite("VACUUM FULL", qualifiedName()) : new Ddl.Other();
        }
        if (accept("CLUSTER")) {
            return pos < tokens.size() ? new Ddl.TableRewrite("CLUSTER", qualifiedName()) : new Ddl.Other();
        }
        if (accept("RENAME") && accept("TABLE")) {
            String from = qualifiedName();
            accept("TO");
            return new Ddl.RenameTable(from, qualifiedName());
        }
        pos = 0;
        if (accept("SET")) {
            if (!accept("LOCAL") && !accept("SESSION")) {
                accept("GLOBAL");
            }
            if (pos < tokens.size() && tokens.get(pos).isSymbol("@")) {
                pos++;
                pos += pos < tokens.size() && tokens.get(pos).isSymbol("@") ? 1 : 0;
                accept("SESSION");
                if (pos < tokens.size() && tokens.get(pos).isSymbol(".")) {
                    pos++;
                }
            }
            if (pos < tokens.size()) {
                String name = next().text().toLowerCase(Locale.ROOT);
                if (pos < tokens.size() && (peekSymbol("=") || peek("TO"))) {
                    pos++;
                }
                StringBuilder value = new StringBuilder();
                while (pos < tokens.size()) {
                    value.append(next().text());
                }
                return new Ddl.SetVariable(name, value.toString());
            }
        }
        return new Ddl.Other();
    }

    private Ddl createIndex(boolean unique, String method) {
        boolean concurrently = accept("CONCURRENTLY");
        ifExists();
        String index = null;
        if (!peek("ON")) {
            index = qualifiedName();
        }
        accept("USING");
        if (!accept("ON")) {
            return new Ddl.Other();
        }
        accept("ONLY");
        return new Ddl.CreateIndex(qualifiedName(), index, unique, concurrently, method);
    }

    private List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        for (List<Token> part : splitTopLevel(tokens.subList(pos, tokens.size()))) {
            if (!part.isEmpty()) {
                actions.add(new DdlParser(part).action());
            }
        }
        return actions;
    }

    private Action action() {
        if (accept("ADD")) {
            if (accept("CONSTRAINT")) {
                String name = qualifiedName();
                return constraint(name);
            }
            if (pos < tokens.size() && CONSTRAINT_KINDS.contains(tokens.get(pos).upper())
                    && tokens.get(pos).kind() == SqlTokens.Kind.WORD) {
                return constraint(null);
            }
            accept("COLUMN");
            ifExists();
            if (pos >= tokens.size()) {
                return new Ddl.OtherAction(tokens);
            }
            String column = next().text();
            return new Ddl.AddColumn(column, rest());
        }
        if (accept("ALTER")) {
            accept("COLUMN");
            String column = next().text();
            if (accept("SET")) {
                if (accept("NOT")) {
                    return accept("NULL") ? new Ddl.SetNotNull(column) : new Ddl.OtherAction(tokens);
                }
                if (accept("DATA") && accept("TYPE")) {
                    return type(column);
                }
                return new Ddl.OtherAction(tokens);
            }
            if (accept("TYPE")) {
                return type(column);
            }
            return new Ddl.OtherAction(tokens);
        }
        if (accept("DROP")) {
            if (accept("CONSTRAINT")) {
                ifExists();
                return new Ddl.DropConstraint("CONSTRAINT", next().text());
            }
            if (accept("INDEX") || accept("KEY")) {
                ifExists();
                return new Ddl.DropConstraint("INDEX", next().text());
            }
            if (accept("PRIMARY")) {
                return new Ddl.DropConstraint("PRIMARY KEY", null);
            }
            if (accept("FOREIGN")) {
                accept("KEY");
                ifExists();
                return new Ddl.DropConstraint("FOREIGN KEY", next().text());
            }
            if (accept("CHECK")) {
                return new Ddl.DropConstraint("CONSTRAINT", next().text());
            }
            accept("COLUMN");
            ifExists();
            return new Ddl.DropColumn(next().text());
        }
        if (accept("RENAME")) {
            if (accept("TO") || accept("AS")) {
                return new Ddl.RenameTo(qualifiedName());
            }
            if (accept("CONSTRAINT") || accept("INDEX") || accept("KEY")) {
                return new Ddl.OtherAction(tokens);
            }
            accept("COLUMN");
            String from = next().text();
            accept("TO");
            return new Ddl.RenameColumn(from, pos < tokens.size() ? next().text() : "");
        }
        if (accept("VALIDATE") && accept("CONSTRAINT")) {
            return new Ddl.ValidateConstraint(next().text());
        }
        if (accept("MODIFY")) {
            accept("COLUMN");
            ifExists();
            String column = next().text();
            return new Ddl.ModifyColumn(column, column, rest());
        }
        if (accept("CHANGE")) {
            accept("COLUMN");
            ifExists();
            String column = next().text();
            String newName = next().text();
            return new Ddl.ModifyColumn(column, newName, rest());
        }
        if (accept("CONVERT") && accept("TO")) {
            return new Ddl.ConvertCharset();
        }
        pos = 0;
        if (tokens.size() >= 2 && tokens.get(0).kind() == SqlTokens.Kind.WORD
                && (tokens.get(1).isSymbol("=") || tokens.size() == 2)) {
            return new Ddl.TableOption(tokens.get(0).upper(), tokens.get(tokens.size() - 1).upper());
        }
        return new Ddl.OtherAction(tokens);
    }

    private Action constraint(String name) {
        Token kind = next();
        String k = kind.upper();
        if (k.equals("FOREIGN") || k.equals("PRIMARY")) {
            accept("KEY");
            k = k + " KEY";
        } else if (k.equals("UNIQUE")) {
            if (!accept("KEY")) {
                accept("INDEX");
            }
        } else if (k.equals("KEY")) {
            k = "INDEX";
        } else if (k.equals("FULLTEXT") || k.equals("SPATIAL")) {
            if (!accept("KEY")) {
                accept("INDEX");
            }
        }
        List<Token> body = rest();
        boolean notValid = false;
        boolean usingIndex = false;
        for (int i = 0; i + 1 < body.size(); i++) {
            notValid |= body.get(i).is("NOT") && body.get(i + 1).is("VALID");
            usingIndex |= body.get(i).is("USING") && body.get(i + 1).is("INDEX");
        }
        return new Ddl.AddConstraint(name, k, notValid, usingIndex, body);
    }

    private Action type(String column) {
        List<Token> type = new ArrayList<>();
        boolean using = false;
        while (pos < tokens.size()) {
            Token t = next();
            if (t.is("USING")) {
                using = true;
                break;
            }
            if (t.is("COLLATE")) {
                break;
            }
            type.add(t);
        }
        return new Ddl.AlterColumnType(column, type, using);
    }

    /** A list of comma-separated names at the current position. */
    private List<String> nameList() {
        List<String> names = new ArrayList<>();
        while (pos < tokens.size() && tokens.get(pos).isName() && !peek("ON") && !peek("CASCADE")
                && !peek("RESTRICT")) {
            names.add(qualifiedName());
            if (pos < tokens.size() && tokens.get(pos).isSymbol(",")) {
                pos++;
            } else {
                break;
            }
        }
        return names;
    }

    /** {@code name} or {@code schema.name}: the last part, as the catalog would compare it. */
    private String qualifiedName() {
        if (pos >= tokens.size()) {
            return "";
        }
        String name = next().text();
        while (pos + 1 < tokens.size() && tokens.get(pos).isSymbol(".")) {
            pos++;
            name = next().text();
        }
        return name;
    }

    private void skipParenthesised() {
        if (pos < tokens.size() && tokens.get(pos).isSymbol("(")) {
            int depth = 0;
            do {
                Token t = next();
                depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            } while (pos < tokens.size() && depth > 0);
        }
    }

    private void ifExists() {
        if (peek("IF")) {
            pos++;
            accept("NOT");
            accept("EXISTS");
        }
    }

    private List<Token> rest() {
        List<Token> rest = List.copyOf(tokens.subList(pos, tokens.size()));
        pos = tokens.size();
        return rest;
    }

    private Token next() {
        return pos < tokens.size() ? tokens.get(pos++) : new Token(SqlTokens.Kind.SYMBOL, "", "");
    }

    private boolean peek(String keyword) {
        return pos < tokens.size() && tokens.get(pos).is(keyword);
    }

    private boolean peekSymbol(String symbol) {
        return pos < tokens.size() && tokens.get(pos).isSymbol(symbol);
    }

    private boolean accept(String keyword) {
        if (peek(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Splits tokens at commas outside parentheses. */
    static List<List<Token>> splitTopLevel(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (t.isSymbol(",") && depth == 0) {
                parts.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(t);
        }
        parts.add(current);
        return parts;
    }
}
