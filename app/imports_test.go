package app_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/capofila/capofila"

// TestImports_Layers asserts the layering of docs/ARCHITECTURE.md on the
// non-test imports: no package under internal/ imports graph, cmd or the
// composition root (app), and graph imports no command.
func TestImports_Layers(t *testing.T) {
	cmd := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./...")
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	under := func(path, dir string) bool {
		return path == module+"/"+dir || strings.HasPrefix(path, module+"/"+dir+"/")
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg, imports := fields[0], fields[1:]
		n++
		for _, imp := range imports {
			switch {
			case under(pkg, "internal") && (under(imp, "graph") || under(imp, "cmd") || under(imp, "app")):
				t.Errorf("%s imports %s: internal packages are below graph, app and the commands", pkg, imp)
			case under(pkg, "graph") && (under(imp, "cmd") || under(imp, "app")):
				t.Errorf("%s imports %s: graph is below app and the commands", pkg, imp)
			}
		}
	}
	if n < 20 {
		t.Fatalf("go list listed %d packages", n)
	}
}

// constructors are the functions that build a domain service, by package.
var constructors = map[string]string{
	module + "/internal/auth":          "New",
	module + "/internal/funding":       "NewService",
	module + "/internal/project":       "NewService",
	module + "/internal/contracting":   "NewService",
	module + "/internal/invoicing":     "NewService",
	module + "/internal/claims":        "NewService",
	module + "/internal/disbursements": "NewService",
	module + "/internal/reports":       "NewService",
}

// builders may build services outside app: the demo data script, which
// runs the demo project's story through a service of its own, and the
// test fixture of the project service.
var builders = map[string]bool{"internal/demo": true, "internal/projecttest": true}

// TestImports_OneCompositionRoot asserts that among the non-test files
// only the composition root (app) builds the domain services.
func TestImports_OneCompositionRoot(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel == "frontend" || rel == "ent/gen" || strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		for _, call := range serviceCalls(t, path) {
			found++
			if dir := filepath.ToSlash(filepath.Dir(rel)); dir != "app" && !builders[dir] {
				t.Errorf("%s: %s: services are built only in app (the composition root)", rel, call)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found == 0 {
		t.Fatal("no service construction found: is the walk broken?")
	}
}

// serviceCalls returns the calls of a service constructor in the file.
func serviceCalls(t *testing.T, path string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{} // local name → constructor
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		c, ok := constructors[p]
		if !ok {
			continue
		}
		name := p[strings.LastIndex(p, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		names[name] = c
	}
	var calls []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if x, ok := sel.X.(*ast.Ident); ok && names[x.Name] == sel.Sel.Name {
			calls = append(calls, fset.Position(call.Pos()).String()+" "+x.Name+"."+sel.Sel.Name)
		}
		return true
	})
	return calls
}
