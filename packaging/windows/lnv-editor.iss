; Inno Setup script for LNV Editor on Windows: installs the one-folder PyInstaller build
; (dist\lnv-editor, made by `make package` on Windows) and a Start-menu entry. Nothing else:
; no file associations, no registry keys of its own, no services, no PATH change.
;
; User data is never touched: the store, photos, settings and logs live in the user's
; AppData folders (platformdirs), outside {app}, and neither an upgrade nor the uninstaller
; removes them. Only the files this installer put into {app} are removed.
;
; Build (on Windows, Inno Setup 6): iscc /DAppVersion=0.1.0 packaging\windows\lnv-editor.iss
; It cannot be built on the Linux CI; tests/test_packaging.py checks its directives.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C2B7E-5A1D-4C8E-9B3A-2E7D4F1B8C90}
AppName=LNV Editor
AppVersion={#AppVersion}
AppVerName=LNV Editor {#AppVersion}
AppPublisher=LNV
DefaultDirName={autopf}\LNV Editor
DefaultGroupName=LNV Editor
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed on a newsroom laptop); an
; administrator may still choose "for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=lnv-editor-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\lnv-editor.ico
UninstallDisplayIcon={app}\lnv-editor.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=no
ChangesEnvironment=no
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup's unofficial Vietnamese messages; copy Vietnamese.isl next to this script to use it.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#endif

[Files]
; Replaces the program's own files on upgrade; {app} never holds user data.
Source: "..\..\dist\lnv-editor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade removes the previous build's bundled libraries first, so no stale DLL stays
; beside the new ones. Only {app}\_internal: the program folder, never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\LNV Editor"; Filename: "{app}\lnv-editor.exe"; WorkingDir: "{app}"; Comment: "Soạn bài cho cổng tin LNV"

[Run]
Filename: "{app}\lnv-editor.exe"; Description: "{cm:LaunchProgram,LNV Editor}"; Flags: nowait postinstall skipifsilent
