#!/usr/bin/env node
// miglint's npm launcher: runs the self-contained build that npm installed for this platform (@miglint/<platform>,
// an optional dependency chosen by os and cpu); without one, runs the plain jar on a Java 17+ from JAVA_HOME or PATH.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const PLATFORMS = { "linux x64": "linux-x64", "linux arm64": "linux-arm64", "darwin x64": "macos-x64",
  "darwin arm64": "macos-arm64", "win32 x64": "windows-x64" };

function platformBinary() {
  const name = PLATFORMS[`${process.platform} ${process.arch}`];
  if (!name) return null;
  try {
    const root = path.dirname(require.resolve(`@miglint/${name}/package.json`));
    const bin = path.join(root, "bin", process.platform === "win32" ? "miglint.cmd" : "miglint");
    return fs.existsSync(bin) ? bin : null;
  } catch (e) {
    return null;
  }
}

// The tree's start-up cache is valid only for a jar with the modification time it was built with (the JVM checks
// it); npm does not keep file times, so the jar gets that time back the first time it is run.
const BUILD_TIME = new Date("1985-10-26T08:15:00Z");

function keepBuildTime(binary) {
  const jar = path.join(path.dirname(binary), "..", "lib", "miglint.jar");
  try {
    if (fs.statSync(jar).mtimeMs !== BUILD_TIME.getTime()) fs.utimesSync(jar, BUILD_TIME, BUILD_TIME);
  } catch (e) {
    // read-only install: miglint runs without the cache
  }
}

function javaMajor(java) {
  const run = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (run.error || run.status !== 0) return 0;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(run.stderr || "");
  if (!match) return 0;
  return match[1] === "1" ? Number(match[2]) : Number(match[1]);
}

function fallbackJava() {
  const exe = process.platform === "win32" ? "java.exe" : "java";
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(path.join(process.env.JAVA_HOME, "bin", exe));
  candidates.push(exe);
  return candidates.find((java) => javaMajor(java) >= 17) || null;
}

function run(command, args) {
  const child = spawnSync(command, args, { stdio: "inherit" });
  if (child.error) {
    process.stderr.write(`miglint: cannot run ${command}: ${child.error.message}\n`);
    return 2;
  }
  if (child.signal) {
    process.kill(process.pid, child.signal);
    return 2;
  }
  return child.status;
}

function main() {
  const args = process.argv.slice(2);
  const binary = platformBinary();
  if (binary) {
    keepBuildTime(binary);
    return run(binary, args);
  }
  const java = fallbackJava();
  if (java) return run(java, ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
    path.join(__dirname, "..", "lib", "miglint.jar"), ...args]);
  process.stderr.write(`miglint: no build for ${process.platform}-${process.arch} was installed and no Java 17+ was ` +
    "found in JAVA_HOME or PATH; install a Java runtime 17 or newer (e.g. Temurin) or reinstall miglint without " +
    "--no-optional\n");
  return 2;
}

process.exitCode = main();
