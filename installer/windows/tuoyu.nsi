; The per-user Windows installer of tuoyu-desktop (built by build.sh with Debian's makensis).
;   makensis -DVERSION=0.1.0 -DSTAGE=/abs/stage -DICON=/abs/tuoyu.ico -DOUTFILE=/abs/setup.exe tuoyu.nsi
; No administrator prompt; installs under %LOCALAPPDATA%\Programs\tuoyu-desktop; the uninstaller
; removes only what was installed, never the user data in %LOCALAPPDATA%\tuoyu-desktop.
; /S installs silently (IT staff); /D=FOLDER (last, unquoted) chooses the folder.

Unicode true
Target amd64-unicode
RequestExecutionLevel user
ManifestDPIAware true
CRCCheck force
!ifdef ZLIB
  SetCompressor /SOLID zlib
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 32
!endif

!define APP "tuoyu-desktop"
!define PUBLISHER "tuoyu-desktop"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APPKEY "Software\${APP}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "$(AppName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APPKEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Apache-2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\tuoyu-desktop.exe"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"

!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; Windows' UI language picks Chinese or English.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString AppName ${LANG_SIMPCHINESE} "托育机构质量自评"
LangString AppName ${LANG_ENGLISH} "Childcare Quality Self-Assessment"
LangString RunNow ${LANG_SIMPCHINESE} "现在启动"
LangString RunNow ${LANG_ENGLISH} "Start it now"
LangString OldWindows ${LANG_SIMPCHINESE} "本程序需要 64 位 Windows 10（1903 版或更新）或 Windows 11。$\r$\n这台电脑的 Windows 版本太旧，无法安装。"
LangString OldWindows ${LANG_ENGLISH} "This program needs 64-bit Windows 10 (version 1903 or newer) or Windows 11.$\r$\nThe Windows on this computer is too old to install it."
LangString NoWrite ${LANG_SIMPCHINESE} "无法写入所选文件夹：$\r$\n$INSTDIR$\r$\n请选择您有写入权限的文件夹（例如默认的用户文件夹）。"
LangString NoWrite ${LANG_ENGLISH} "Cannot write to the chosen folder:$\r$\n$INSTDIR$\r$\nPlease choose a folder you can write to (such as the default one in your user folder)."
LangString StillRunning ${LANG_SIMPCHINESE} "托育机构质量自评正在运行。请先关闭它，再点“重试”。"
LangString StillRunning ${LANG_ENGLISH} "The program is running. Close it first, then click Retry."
LangString DataKept ${LANG_SIMPCHINESE} "您的数据（自评、督导记录、备份）保留在：$\r$\n$LOCALAPPDATA\${APP}"
LangString DataKept ${LANG_ENGLISH} "Your data (assessments, inspections, backups) stays in:$\r$\n$LOCALAPPDATA\${APP}"
LangString ShortcutCli ${LANG_SIMPCHINESE} "命令行 (tuoyu)"
LangString ShortcutCli ${LANG_ENGLISH} "Command line (tuoyu)"

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} 18362
    MessageBox MB_OK|MB_ICONSTOP "$(OldWindows)" /SD IDOK
    SetErrorLevel 3
    Abort
  ${EndIf}
FunctionEnd

; Refuse a folder the user cannot write to, on the folder page (the user picks another one).
Function CanWrite
  ClearErrors
  CreateDirectory "$INSTDIR"
  FileOpen $0 "$INSTDIR\.tuoyu-write-test" w
  ${If} ${Errors}
    Push 0
  ${Else}
    FileClose $0
    Delete "$INSTDIR\.tuoyu-write-test"
    Push 1
  ${EndIf}
FunctionEnd

Function DirectoryLeave
  Call CanWrite
  Pop $0
  ${If} $0 == 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(NoWrite)"
    Abort
  ${EndIf}
FunctionEnd

Section "Install"
  Call CanWrite  ; also for /S, where no folder page was shown
  Pop $0
  ${If} $0 == 0
    MessageBox MB_OK|MB_ICONSTOP "$(NoWrite)" /SD IDOK
    SetErrorLevel 4
    Quit
  ${EndIf}
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program in place: the old interpreter and libraries go first, so no
  ; file of an older version stays behind. A running copy locks its files: ask to close it.
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\Python\python311.dll"
    Rename "$INSTDIR\Python" "$INSTDIR\Python.old"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 5
      Quit
    ${EndIf}
    RMDir /r "$INSTDIR\Python.old"
  ${EndIf}
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\$(AppName)"
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(AppName).lnk" "$INSTDIR\tuoyu-desktop.exe" "" "$INSTDIR\tuoyu.ico" 0
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(ShortcutCli).lnk" "$SYSDIR\cmd.exe" '/k "cd /d "$INSTDIR" && tuoyu --help"' "$INSTDIR\tuoyu.ico" 0
  CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\tuoyu-desktop.exe" "" "$INSTDIR\tuoyu.ico" 0

  WriteRegStr HKCU "${APPKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APPKEY}" "ShortcutName" "$(AppName)"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "$(AppName) (${APP})"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\tuoyu.ico"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

; Removes exactly what the installer put there. The data folder (%LOCALAPPDATA%\tuoyu-desktop, or
; any --data-dir) is never touched, even if someone chose to install into it.
Section "Uninstall"
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\Python\python311.dll"
    Rename "$INSTDIR\Python" "$INSTDIR\Python.old"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 5
      Quit
    ${EndIf}
  ${EndIf}
  RMDir /r "$INSTDIR\Python.old"
  RMDir /r "$INSTDIR\Python"
  Delete "$INSTDIR\tuoyu.exe"
  Delete "$INSTDIR\tuoyu-desktop.exe"
  Delete "$INSTDIR\tuoyu.ico"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: anything else in it stays

  ReadRegStr $0 HKCU "${APPKEY}" "ShortcutName"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0\*.lnk"
    RMDir "$SMPROGRAMS\$0"
    Delete "$DESKTOP\$0.lnk"
  ${EndIf}
  Delete "$SMPROGRAMS\$(AppName)\*.lnk"
  RMDir "$SMPROGRAMS\$(AppName)"
  Delete "$DESKTOP\$(AppName).lnk"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${APPKEY}"
  DetailPrint "$(DataKept)"
SectionEnd
