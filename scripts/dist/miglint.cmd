@echo off
rem miglint's launcher in a self-contained tree on Windows: runs lib\miglint.jar on the Java runtime in runtime\,
rem never on a Java installed on the machine, with the same flags as bin/miglint (scripts/dist/miglint.sh).
rem MIGLINT_JAVA_OPTS adds JVM flags.
setlocal
set "MIGLINT_HOME=%~dp0.."
set "MIGLINT_CACHE="
if exist "%MIGLINT_HOME%\lib\miglint.aot" set "MIGLINT_CACHE=-XX:AOTCache=%MIGLINT_HOME%\lib\miglint.aot"
"%MIGLINT_HOME%\runtime\bin\java.exe" -XX:+UseSerialGC -Xmn24m -XX:TieredStopAtLevel=1 -XX:-UsePerfData %MIGLINT_CACHE% -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching -Xlog:disable -Xlog:all=warning,aot=off,cds=off:stderr %MIGLINT_JAVA_OPTS% -jar "%MIGLINT_HOME%\lib\miglint.jar" %*
exit /b %ERRORLEVEL%
