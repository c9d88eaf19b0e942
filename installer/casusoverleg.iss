; Inno Setup 6 script: a per-user installer for Casusoverleg Desktop, no administrator rights needed.
;
; Built by `uv run --group build python installer\build.py --installer` on Windows, which passes the
; version from pyproject.toml and the paths as /D defines (see installer\WINDOWS.md). By hand:
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 installer\casusoverleg.iss
; Signing: pass /DSign=1 and a sign tool named "signtool" (iscc /Ssigntool=...), see WINDOWS.md.
;
; Where things live
;   Program:  {localappdata}\Programs\Casusoverleg   (this installer; removed by the uninstaller)
;   Vaults:   {localappdata}\casusoverleg\casusoverleg\kluis  (platformdirs' user data dir, made by
;             the app itself). The uninstaller removes only the files it installed, so the vaults,
;             their automatic backups and anything else the app wrote stay where they are.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z /DAppVersionNumeric=x.y.z.0 casusoverleg.iss
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion + ".0"
#endif
#ifndef AppExeName
  #define AppExeName "casusoverleg.exe"
#endif
#ifndef AppGuiExeName
  #define AppGuiExeName "casusoverleg-gui.exe"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\casusoverleg"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef OutputName
  #define OutputName "casusoverleg-" + AppVersion + "-windows-x64-setup"
#endif
#define AppName "Casusoverleg"
#define AppPublisher "Casusoverleg Desktop"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{5E1B7C3A-2F64-4C1D-9A8E-6B0D3C72A915}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments=Casusoverleggen voorbereiden, voeren en vastleggen in een versleutelde kluis
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} installatieprogramma
; Per user, without administrator rights; the user may not switch to an all-users install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\casusoverleg.ico
UninstallDisplayIcon={app}\{#AppGuiExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Casusoverleg before files are replaced (Restart Manager), and do not restart it.
CloseApplications=yes
RestartApplications=no
LicenseFile=
ShowLanguageDialog=no
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder's bundled libraries (never anything outside {app}).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppGuiExeName}"; WorkingDir: "{app}"; Comment: "Casusoverleggen voorbereiden, voeren en vastleggen"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppGuiExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppGuiExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: uninstalling removes what [Files] installed and the
; shortcuts, nothing else. The vaults in {localappdata}\casusoverleg stay.
