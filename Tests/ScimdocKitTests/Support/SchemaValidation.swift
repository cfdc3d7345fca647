import Foundation

/// Validates JSON texts against JSON Schemas with Python's `jsonschema`:
/// the schemas of `schemas/` (draft 2020-12, their `$ref`s between files
/// resolved by `$id`) or any schema file given by path (SARIF's draft-07 one).
enum SchemaValidation {
  /// One instance to validate: a schema (a file name in `schemas/`, or a
  /// path) and the JSON text.
  struct Item: Encodable {
    var schema: String
    var instance: String
  }

  static let script = """
    import json, pathlib, sys
    try:
        import jsonschema
        from referencing import Registry, Resource
    except ImportError:
        print(json.dumps("NO_JSONSCHEMA")); sys.exit(0)
    folder = pathlib.Path(sys.argv[1])
    resources = []
    for path in sorted(folder.glob("*.schema.json")):
        schema = json.loads(path.read_text())
        resources.append((schema["$id"], Resource.from_contents(schema)))
    registry = Registry().with_resources(resources)
    out = []
    for item in json.load(sys.stdin):
        path = folder / item["schema"] if "/" not in item["schema"] else pathlib.Path(item["schema"])
        schema = json.loads(path.read_text())
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        v = cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)
        try:
            instance = json.loads(item["instance"])
        except ValueError as e:
            out.append(["not JSON: %s" % e]); continue
        errors = sorted(v.iter_errors(instance), key=lambda e: list(e.absolute_path))
        out.append(["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message[:300]) for e in errors])
    print(json.dumps(out))
    """

  /// The errors for each item (empty when it is valid), or nil (with a
  /// `SKIPPED` line) when python3 or its `jsonschema` module is missing.
  static func errors(_ items: [Item]) throws -> [[String]]? {
    let folder = TestPaths.packageRoot.appendingPathComponent("schemas").path
    let result = TestPaths.run(
      ["python3", "-c", script, folder], stdin: try JSONEncoder().encode(items))
    if result.status == 127 {
      print("SKIPPED schema validation: python3 is not available")
      return nil
    }
    let data = Data(result.stdout.utf8)
    if (try? JSONDecoder().decode(String.self, from: data)) == "NO_JSONSCHEMA" {
      print("SKIPPED schema validation: python3 has no jsonschema module (pip install jsonschema)")
      return nil
    }
    guard let errors = try? JSONDecoder().decode([[String]].self, from: data) else {
      throw SchemaValidationError.scriptFailed(result.stderr)
    }
    return errors
  }
}

/// The validation script itself failed (a broken schema, a Python error).
enum SchemaValidationError: Error {
  case scriptFailed(String)
}
