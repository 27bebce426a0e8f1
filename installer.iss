; Small Wins for Windows (Inno Setup 6): a per-user install, no administrator rights needed.
;   ISCC /DAppVersion=0.1.0 /DPayload=dist\smallwins /DIcon=build\icons\smallwins.ico /Odist installer.iss
; `bash packaging/build installer` runs it (on Linux under wine against a test payload); the
; README's release checklist has the Windows build.
;
; It does what the app does, never a second way of its own:
; - "Start Small Wins when I sign in" is the app's own setting (desktop/smallwins/system/autostart.py):
;   the value "Small Wins" under HKCU\...\Run holding the quoted program path, and Task Manager's
;   "disabled" mark for it cleared when it is turned on.
; - A running app is asked to quit over its single-instance pipe (system/instance.py:
;   \\.\pipe\smallwins-<user>-<first 12 hex digits of SHA-1 of the case-folded data folder>) with
;   the message "quit" (system/messages.py), before files are replaced or removed; what is still
;   running after that is closed through the Restart Manager (CloseApplications).
; - The data folder is platformdirs' (system/paths.py): %LOCALAPPDATA%\smallwins, or
;   %SMALLWINS_DATA_DIR%. The uninstaller never deletes it, and says where it is.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z installer.iss
#endif
#ifndef Payload
  #define Payload "dist\smallwins"
#endif
#ifndef Icon
  #define Icon "build\icons\smallwins.ico"
#endif

#define AppName "Small Wins"
#define AppExe "smallwins.exe"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"
#define ApprovedKey "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
#define RunValue "Small Wins"

[Setup]
; Fixed for good: Windows knows the installed app by it (upgrades, Apps & features).
AppId={{6F1C2B7E-3D94-4A5B-8E21-5C0D7A9B3F48}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Small Wins
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#Icon}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=dist
OutputBaseFilename=SmallWins-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.AutostartTask=Start Small Wins when I sign in
german.AutostartTask=Small Wins bei der Anmeldung starten
english.DataKept=Your plan and history were kept in:%n%n%1%n%nInstalling Small Wins again picks them up; delete that folder to remove them.
german.DataKept=Ihr Plan und Ihr Verlauf wurden behalten, in:%n%n%1%n%nEine neue Installation von Small Wins findet sie wieder; löschen Sie den Ordner, um sie zu entfernen.

[Tasks]
Name: "autostart"; Description: "{cm:AutostartTask}"; Flags: unchecked

[Files]
Source: "{#Payload}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; The bundle of an earlier version: files it had and this one has not would otherwise stay.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Turn big goals into tiny steps"

[Registry]
; As the app's setting writes it: subprocess.list2cmdline([path]) quotes a path with spaces.
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#RunValue}"; ValueData: """{app}\{#AppExe}"""; Tasks: autostart
Root: HKCU; Subkey: "{#ApprovedKey}"; ValueType: none; ValueName: "{#RunValue}"; Flags: deletevalue; Tasks: autostart

[Run]
; Started from here, as from the Start menu: with no data yet it shows the welcome.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  GENERIC_READ = $80000000;
  GENERIC_WRITE = $40000000;
  OPEN_EXISTING = 3;
  INVALID_HANDLE_VALUE = -1;
  CP_UTF8 = 65001;
  QUIT_WAIT_MS = 10000;

function CreateFile(lpFileName: String; dwDesiredAccess, dwShareMode: Cardinal;
  lpSecurityAttributes: Integer; dwCreationDisposition, dwFlagsAndAttributes: Cardinal;
  hTemplateFile: Integer): Integer;
  external 'CreateFileW@kernel32.dll stdcall';
function WriteFile(hFile: Integer; const lpBuffer: AnsiString; nNumberOfBytesToWrite: Cardinal;
  var lpNumberOfBytesWritten: Cardinal; lpOverlapped: Integer): Boolean;
  external 'WriteFile@kernel32.dll stdcall';
function ReadFile(hFile: Integer; lpBuffer: AnsiString; nNumberOfBytesToRead: Cardinal;
  var lpNumberOfBytesRead: Cardinal; lpOverlapped: Integer): Boolean;
  external 'ReadFile@kernel32.dll stdcall';
function CloseHandle(hObject: Integer): Boolean;
  external 'CloseHandle@kernel32.dll stdcall';
function WaitNamedPipe(lpNamedPipeName: String; nTimeOut: Cardinal): Boolean;
  external 'WaitNamedPipeW@kernel32.dll stdcall';
function WideCharToMultiByte(CodePage, dwFlags: Cardinal; lpWideCharStr: String;
  cchWideChar: Integer; lpMultiByteStr: AnsiString; cchMultiByte: Integer;
  lpDefaultChar, lpUsedDefaultChar: Integer): Integer;
  external 'WideCharToMultiByte@kernel32.dll stdcall';

var
  AutostartWasOn: Boolean;

{ The data folder, as system/paths.py finds it when no --data-dir is given. }
function DataFolder(): String;
begin
  Result := GetEnv('SMALLWINS_DATA_DIR');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\smallwins');
end;

function Utf8(const S: String): AnsiString;
var
  Size: Integer;
begin
  Result := '';
  if S = '' then
    Exit;
  Size := WideCharToMultiByte(CP_UTF8, 0, S, Length(S), Result, 0, 0, 0);
  SetLength(Result, Size);
  WideCharToMultiByte(CP_UTF8, 0, S, Length(S), Result, Size, 0, 0);
end;

{ getpass.getuser() with every character but A-Z a-z 0-9 _ . - made "_", at most 32 (instance.py). }
function UserTag(): String;
var
  Name: String;
  I: Integer;
  C: Char;
begin
  Name := GetEnv('LOGNAME');
  if Name = '' then Name := GetEnv('USER');
  if Name = '' then Name := GetEnv('LNAME');
  if Name = '' then Name := GetEnv('USERNAME');
  Result := '';
  for I := 1 to Length(Name) do
  begin
    C := Name[I];
    if ((C >= 'A') and (C <= 'Z')) or ((C >= 'a') and (C <= 'z')) or ((C >= '0') and (C <= '9'))
      or (C = '_') or (C = '.') or (C = '-') then
      Result := Result + C
    else
      Result := Result + '_';
  end;
  Result := Copy(Result, 1, 32);
end;

{ The running app's pipe: instance_key() in system/instance.py. }
function InstancePipe(): String;
var
  Folder: String;
begin
  Folder := RemoveBackslashUnlessRoot(DataFolder());
  Result := '\\.\pipe\smallwins-' + UserTag() + '-'
    + Copy(GetSHA1OfString(Utf8(AnsiLowercase(Folder))), 1, 12);
end;

{ Ask the app to quit as its own Quit does; True when it is gone (or was not running). }
function QuitRunningApp(): Boolean;
var
  Pipe: String;
  Handle: Integer;
  Written, Read: Cardinal;
  Reply: AnsiString;
  Waited: Integer;
begin
  Pipe := InstancePipe();
  if not WaitNamedPipe(Pipe, 1000) then
  begin
    Result := True;  { no app answers on it }
    Exit;
  end;
  Handle := CreateFile(Pipe, GENERIC_READ or GENERIC_WRITE, 0, 0, OPEN_EXISTING, 0, 0);
  if Handle = INVALID_HANDLE_VALUE then
  begin
    Result := False;
    Exit;
  end;
  WriteFile(Handle, 'quit' + #10, 5, Written, 0);
  SetLength(Reply, 3);
  ReadFile(Handle, Reply, 3, Read, 0);
  CloseHandle(Handle);
  Log('Asked the running Small Wins to quit over ' + Pipe);
  { The pipe closes as the app ends; the program file is free a moment later. }
  Waited := 0;
  while WaitNamedPipe(Pipe, 100) and (Waited < QUIT_WAIT_MS) do
  begin
    Sleep(200);
    Waited := Waited + 300;
  end;
  Sleep(1000);
  Result := not WaitNamedPipe(Pipe, 100);
end;

function AutostartIsOn(): Boolean;
begin
  Result := RegValueExists(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}');
end;

function InitializeSetup(): Boolean;
begin
  AutostartWasOn := AutostartIsOn();
  Log('Data folder: ' + DataFolder() + '; instance pipe: ' + InstancePipe());
  Result := True;
end;

procedure CurPageChanged(CurPageID: Integer);
begin
  { The box shows what the app's setting is now (an upgrade keeps it as the user left it). }
  if (CurPageID = wpSelectTasks) and AutostartWasOn then
    WizardSelectTasks('autostart');
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  if not QuitRunningApp() then
    Log('Small Wins did not quit when asked; the Restart Manager closes what is left');
  Result := '';
end;

function InitializeUninstall(): Boolean;
begin
  QuitRunningApp();
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    { Whoever turned it on, the installer's task or the app's setting: the same entry. }
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}');
    RegDeleteValue(HKEY_CURRENT_USER, '{#ApprovedKey}', '{#RunValue}');
  end;
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
    { The data stay: the user's plan and history are theirs. }
    SuppressibleMsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]),
      mbInformation, MB_OK, IDOK);
end;
