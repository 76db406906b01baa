@echo off
rem Contrechamp's launcher (Windows): see the "contrechamp" shell script beside it for why it passes
rem these options. No argument, or only --data DIR, opens the window; anything else is a command.
setlocal
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "JAVA_HOME=%JAVA_HOME:"=%"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "command_opts=-XX:TieredStopAtLevel=1 -XX:-UsePerfData"
if "%~1"=="" set "command_opts="
if "%~1"=="--data" if not "%~2"=="" if "%~3"=="" set "command_opts="
set "cds="
if exist "%here%contrechamp.jsa" set cds="-XX:SharedArchiveFile=%here%contrechamp.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
"%java%" %cds% %command_opts% %CONTRECHAMP_JAVA_OPTS% -jar "%here%contrechamp.jar" %*
exit /b %errorlevel%
