#!/usr/bin/env bash
# Packs the solution into .ci/out/packages and proves the packages work as a user would get them:
#  1. `dotnet pack OutcomesLab.sln` gives exactly the tool package `outcomeslab` and the libraries
#     OutcomesLab.Core, OutcomesLab.IO, OutcomesLab.Plotting and OutcomesLab.Reporting, each with README, LICENSE, MIT
#     licence expression, description, tags and the git commit of HEAD;
#  2. the tool installs with `dotnet tool install outcomeslab --tool-path TMP --add-source
#     .ci/out/packages`, `outcomeslab --version` prints the package version, and its `km ... --format
#     json` output is byte-identical to the same command through `dotnet run --project src/OutcomesLab.Cli`,
#     and it draws a KM figure (PNG, and an SVG identical to dotnet run's);
#  3. a throwaway console project referencing the OutcomesLab.Core package from the local folder
#     fits a Kaplan–Meier curve on five hand-typed rows and checks it against the hand derivation,
#     and runs the C# example of the README inside that package (hand-derived output 2/3 = 0.6667).
# The tool install and the throwaway project use a private NuGet package folder, so a global cache
# holding an older build of the same version cannot stand in for the packages just built (the
# throwaway project downloads MathNet.Numerics from the normal restore sources into it).
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
packages=$root/.ci/out/packages
tmp=$(mktemp -d "${TMPDIR:-/tmp}/outcomeslab-pack.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "pack-and-install: FAILED after $SECONDS s: $*" >&2; exit 1; }
say() { echo "pack-and-install [$SECONDS s]: $*"; }

say "packing into .ci/out/packages"
rm -rf "$packages" && mkdir -p "$packages"
dotnet pack OutcomesLab.sln -c Release -o "$packages" -v minimal -nologo

version=$(dotnet msbuild src/OutcomesLab.Cli/OutcomesLab.Cli.csproj -getProperty:Version -nologo)
commit=$(git rev-parse HEAD)
python3 - "$packages" "$version" "$commit" <<'EOF' || fail "package contents (see above)"
import sys, zipfile, pathlib, xml.etree.ElementTree as ET
folder, version, commit = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
expected = {"outcomeslab", "OutcomesLab.Core", "OutcomesLab.IO", "OutcomesLab.Plotting", "OutcomesLab.Reporting"}
found = {p.name[: -len(f".{version}.nupkg")] for p in folder.glob("*.nupkg")}
problems = []
if found != expected:
    problems.append(f"packages {sorted(found)}; expected exactly {sorted(expected)} (tests and benchmarks are not packable)")
for package_id in sorted(expected & found):
    with zipfile.ZipFile(folder / f"{package_id}.{version}.nupkg") as z:
        names = set(z.namelist())
        nuspec = ET.fromstring(z.read(f"{package_id}.nuspec"))
    ns = {"n": nuspec.tag[1 : nuspec.tag.index("}")]}
    meta = nuspec.find("n:metadata", ns)
    text = lambda tag: (meta.findtext(f"n:{tag}", default="", namespaces=ns) or "").strip()
    repo = meta.find("n:repository", ns)
    checks = {
        "README.md in the package": "README.md" in names and text("readme") == "README.md",
        "LICENSE in the package": "LICENSE" in names,
        "licence expression MIT": (meta.find("n:license", ns) is not None and meta.find("n:license", ns).text == "MIT"),
        "authors": bool(text("authors")),
        "description": bool(text("description")),
        "tags": bool(text("tags")),
        f"repository type git, commit {commit}": repo is not None and repo.get("type") == "git" and repo.get("commit") == commit,
    }
    if package_id == "outcomeslab":
        checks["DotnetTool package type"] = any(t.get("name") == "DotnetTool" for t in meta.iter(f"{{{ns['n']}}}packageType"))
    for what, ok in checks.items():
        if not ok:
            problems.append(f"{package_id}: no {what}")
for p in problems:
    print(f"pack-and-install: {p}", file=sys.stderr)
if not problems:
    print(f"pack-and-install: {len(found)} packages {version} with README, LICENSE, metadata and commit {commit[:12]}")
sys.exit(1 if problems else 0)
EOF

say "installing the tool into a temporary tool path"
NUGET_PACKAGES=$tmp/nuget-packages dotnet tool install outcomeslab --version "$version" \
  --tool-path "$tmp/tools" --add-source "$packages"
tool=$tmp/tools/outcomeslab
[ -x "$tool" ] || fail "no outcomeslab command in $tmp/tools after dotnet tool install"

printed=$("$tool" --version) || fail "outcomeslab --version exited $?"
# System.CommandLine prints the informational version, which the SDK suffixes with the commit.
case "$printed" in
  "$version" | "$version+$commit") ;;
  *) fail "outcomeslab --version printed \"$printed\"; expected \"$version\" or \"$version+$commit\"" ;;
esac
say "installed outcomeslab --version prints $printed"

km=(km --input data/addicts/addicts.csv --time days --event departed --group clinic --format json)
"$tool" "${km[@]}" >"$tmp/km-tool.json" || fail "installed outcomeslab ${km[*]} exited $?"
dotnet run --project src/OutcomesLab.Cli -- "${km[@]}" >"$tmp/km-run.json" || fail "dotnet run ... ${km[*]} exited $?"
[ -s "$tmp/km-tool.json" ] || fail "installed outcomeslab ${km[*]} printed nothing"
if ! cmp -s "$tmp/km-tool.json" "$tmp/km-run.json"; then
  diff "$tmp/km-tool.json" "$tmp/km-run.json" | head -20 >&2
  fail "installed tool and dotnet run disagree on: outcomeslab ${km[*]}"
fi
say "installed tool and dotnet run print identical km JSON ($(wc -c <"$tmp/km-tool.json") bytes)"

# Figures need SkiaSharp's native library from the tool package: a PNG from the installed tool,
# and an SVG byte-identical to dotnet run's.
plot=(plot km --input data/addicts/addicts.csv --time days --event departed --group clinic --quiet)
"$tool" "${plot[@]}" --output "$tmp/km.png" >/dev/null || fail "installed outcomeslab ${plot[*]} --output km.png exited $?"
[ "$(head -c 8 "$tmp/km.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "installed outcomeslab wrote no PNG"
"$tool" "${plot[@]}" --output "$tmp/km-tool.svg" >/dev/null || fail "installed outcomeslab ${plot[*]} --output km.svg exited $?"
dotnet run --project src/OutcomesLab.Cli -- "${plot[@]}" --output "$tmp/km-run.svg" >/dev/null || fail "dotnet run ... ${plot[*]} exited $?"
cmp -s "$tmp/km-tool.svg" "$tmp/km-run.svg" || fail "installed tool and dotnet run draw different SVGs for: outcomeslab ${plot[*]}"
say "installed tool draws a PNG and the same SVG as dotnet run"

say "building a throwaway console project on the OutcomesLab.Core package"
consumer=$tmp/consumer
mkdir -p "$consumer"
cat >"$consumer/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="OutcomesLab.Core" Version="[$version]" />
  </ItemGroup>
</Project>
EOF
# Adds the local folder to the normal sources (no <clear/>), which still provide MathNet.Numerics.
cat >"$consumer/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="outcomeslab-local" value="$packages" />
  </packageSources>
</configuration>
EOF
cat >"$consumer/Program.cs" <<'EOF'
using System.Globalization;
using OutcomesLab.Survival;

// Hand derivation (product-limit): at t=1 one of 5 leaves, S = 4/5; at t=2 one event among 4 at
// risk, S = 0.8 * 3/4 = 0.6, and the subject censored at 2 leaves; at t=3 one event among 2,
// S = 0.3; the last subject is censored at 5, so S stays 0.3.
var sample = SurvivalSample.Create(times: [1, 2, 2, 3, 5], events: [true, true, false, true, false]);
var curve = KaplanMeier.Fit(sample).Curves.Single();
double[] at = [0.5, 1, 2, 2.5, 3, 4, 5];
double[] expected = [1, 0.8, 0.6, 0.6, 0.3, 0.3, 0.3];
for (var i = 0; i < at.Length; i++)
{
    var s = curve.SurvivalAt(at[i]);
    if (Math.Abs(s - expected[i]) > 1e-12)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"S({at[i]}) = {s:R}; expected {expected[i]:R}"));
        return 1;
    }
}

var readme = new StringWriter(CultureInfo.InvariantCulture);
ReadmeExample.Run(readme);
if (readme.ToString().ReplaceLineEndings("\n") != "0.6667\n")
{
    Console.Error.WriteLine($"the package README's example printed \"{readme}\"; expected 0.6667 (2/3, hand-derived)");
    return 1;
}

Console.WriteLine($"OutcomesLab.Core package ({typeof(KaplanMeier).Assembly.GetName().Version}) from {Path.GetDirectoryName(typeof(KaplanMeier).Assembly.Location)}: Kaplan-Meier on 5 rows matches the hand derivation; the README example prints 0.6667");
return 0;
EOF
# The package README's C# example, compiled as a method whose Console is a writer Program.cs checks.
python3 - "$packages/OutcomesLab.Core.$version.nupkg" "$consumer/ReadmeExample.cs" <<'EOF' || fail "no C# example in the README of the OutcomesLab.Core package"
import re, sys, zipfile
text = zipfile.ZipFile(sys.argv[1]).read("README.md").decode("utf-8")
block = text.split("```csharp\n", 1)[1].split("```", 1)[0].splitlines()
usings = [l for l in block if re.fullmatch(r"using [A-Za-z.]+;", l)]
body = [l for l in block if l not in usings]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("\n".join(usings) + "\n\ninternal static class ReadmeExample\n{\n"
            "    public static void Run(TextWriter Console)\n    {\n"
            + "\n".join(("        " + l) if l else "" for l in body) + "\n    }\n}\n")
EOF
(cd "$consumer" && NUGET_PACKAGES=$tmp/nuget-packages dotnet run -v quiet -nologo) \
  || fail "the throwaway console project on OutcomesLab.Core $version did not build or its KM check failed"
[ -f "$tmp/nuget-packages/outcomeslab.core/$version/outcomeslab.core.$version.nupkg" ] \
  || fail "OutcomesLab.Core $version was not restored into the private package folder"
say "ok"
