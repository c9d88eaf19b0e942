"""The application's one style sheet, made from ``Palette``.

Rules select on object names (``QLabel#error_label``) and dynamic properties (``QLabel[message="error"]``);
a rule that belongs to one window or page starts with that window's object name (``#CaseWindow …``,
the name Designer gives the form), so it reaches nothing else. Only sizes that follow a zoom factor are
set on a widget at run time (the balance sheet, meeting mode).

Messages (``ui/widgets/messages.py``) set ``message`` to ``error``, ``ok`` or ``info``. A page rule with
an id beats the plain ``QLabel[message=…]`` rules, so such pages repeat them in their own section.

Buttons take the theme's look through ``kind``: ``primary`` (the one step a screen is for) or ``danger``
(a step that ends or removes something), never coloured glyphs; dialog buttons carry no icons. Where the
keyboard is shows everywhere: tables and trees get a ``FOCUS`` frame while they have it, the navigation
its focused entry; both in pixels, so also with large letters.
"""

from __future__ import annotations

from string import Template

from casusoverleg_desktop.ui.theme.palette import Palette

_RULES = """
/* -- everywhere ------------------------------------------------------------------------------ */
QLabel#title_label, QLabel#app_title_label { font-size: 16pt; font-weight: 600; color: $ACCENT; }
QLabel#error_label, QLabel[message="error"] { color: $ERROR; font-weight: 600; }
QLabel[message="ok"] { color: $OK; }
QLabel[message="info"] { color: $ACCENT; }
QLabel#keyring_label, QLabel#vault_label { color: $SECONDARY; }
QLabel#user_label { color: $ACCENT; font-weight: 600; padding: 0 12px; }

/* -- buttons: the theme's own look, no icons in dialog button boxes ---------------------------- */
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QPushButton[kind="primary"]:enabled, #MeetingModeWindow QPushButton#adopt_button:enabled,
#ExportDialog QPushButton#sign_secretary_button:enabled, #ExportDialog QPushButton#sign_chair_button:enabled {
    background: $ACCENT; color: $ON_DARK; border: 1px solid $ACCENT; border-radius: 4px; padding: 5px 14px;
    font-weight: 600; }
QPushButton[kind="danger"]:enabled { background: $SURFACE; color: $ERROR; border: 1px solid $ERROR;
    border-radius: 4px; padding: 5px 14px; }
QPushButton[kind="primary"]:focus, QPushButton[kind="danger"]:focus,
#MeetingModeWindow QPushButton#adopt_button:focus, #ExportDialog QPushButton#sign_secretary_button:focus,
#ExportDialog QPushButton#sign_chair_button:focus { border: 2px solid $FOCUS; padding: 4px 13px; }

/* -- keyboard focus: a frame around the list that has it (the same room with or without) ------- */
QTableView, QTreeView { border: 1px solid $BORDER; margin: 1px; }
QTableView:focus, QTreeView:focus { border: 2px solid $FOCUS; margin: 0; }

/* -- the main window: a quiet header, and a navigation list with room around each entry ------- */
#MainWindow QFrame#header_frame { background: $SURFACE; border-bottom: 1px solid $BORDER; }
#MainWindow QListWidget#nav_list { background: $BACKGROUND; border: none; border-right: 1px solid $BORDER;
    padding-top: 10px; font-size: 11pt; outline: 0; }
#MainWindow QListWidget#nav_list::item { padding: 9px 18px; color: $INK; border-left: 3px solid transparent; }
#MainWindow QListWidget#nav_list::item:hover { background: $HOVER; }
#MainWindow QListWidget#nav_list::item:selected { background: $SELECTED; color: $ACCENT;
    border-left: 3px solid $ACCENT; }
#MainWindow QListWidget#nav_list:focus { border-right: 1px solid $ACCENT; }
#MainWindow QListWidget#nav_list::item:selected:focus { background: $FOCUS; color: $ON_DARK;
    border-left: 3px solid $ACCENT; }
#MainWindow QStatusBar { color: $QUIET; }

/* -- Overzicht ------------------------------------------------------------------------------- */
#OverviewPage QFrame#meetings_frame, #OverviewPage QFrame#reviews_frame, #OverviewPage QFrame#minutes_frame,
#OverviewPage QFrame#overdue_frame,
#OverviewPage QFrame#this_week_frame, #OverviewPage QFrame#reporters_frame,
#OverviewPage QFrame#informing_frame {
    background: $SURFACE; border: 1px solid $BORDER; border-radius: 6px; }
#OverviewPage QLabel[section="true"] { font-size: 12pt; font-weight: 600; color: $ACCENT; }
#OverviewPage QLabel[empty="true"], #OverviewPage QLabel#hint_label, #OverviewPage QLabel#today_label {
    color: $QUIET; }
#OverviewPage QTableView { border: 2px solid $SURFACE; margin: 0; background: $SURFACE;
    alternate-background-color: $BACKGROUND; }
#OverviewPage QTableView:focus { border-color: $FOCUS; }
#OverviewPage QHeaderView::section { background: $SURFACE; border: none; border-bottom: 1px solid $BORDER;
    padding: 4px 6px; color: $SECONDARY; font-weight: 600; }

/* -- Overleggen ------------------------------------------------------------------------------ */
#MeetingsPage QLabel#meeting_title_label { font-size: 13pt; font-weight: 600; color: $ACCENT; }
#MeetingsPage QLabel#minutes_label { color: $INK; }
#MeetingsPage QLabel#timing_label[over="true"] { color: $ERROR; font-weight: 600; }

/* -- Ketenpartners --------------------------------------------------------------------------- */
#PartnersPage QLabel#partners_heading_label, #PartnersPage QLabel#professionals_heading_label {
    font-weight: 600; color: $ACCENT; }

/* -- Instellingen: one card per subject ------------------------------------------------------ */
#SettingsPage QGroupBox { font-weight: 600; color: $ACCENT; border: 1px solid $BORDER; border-radius: 6px;
    margin-top: 14px; padding: 14px 12px 8px 12px; background: $SURFACE; }
#SettingsPage QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }
#SettingsPage QGroupBox QLabel, #SettingsPage QGroupBox QCheckBox, #SettingsPage QGroupBox QLineEdit,
#SettingsPage QGroupBox QPushButton, #SettingsPage QGroupBox QComboBox, #SettingsPage QGroupBox QSpinBox,
#SettingsPage QGroupBox QTableView { font-weight: normal; color: $INK; }
#SettingsPage QLabel#add_user_title_label { font-weight: 600; color: $ACCENT; }
#SettingsPage QLabel#idle_hint_label, #SettingsPage QLabel#keyring_label,
#SettingsPage QLabel#recovery_hint_label, #SettingsPage QLabel#backup_hint_label,
#SettingsPage QLabel#rotate_hint_label, #SettingsPage QLabel#auto_backups_label { color: $SECONDARY; }
#SettingsPage QLabel[message="error"] { color: $ERROR; font-weight: 600; }
#SettingsPage QLabel[message="ok"] { color: $OK; }

/* -- the case window ------------------------------------------------------------------------- */
#CaseWindow QFrame#header_frame { background: $BACKGROUND; border: 1px solid $BORDER_SOFT;
    border-radius: 6px; }
#CaseWindow QLabel#code_label { font-size: 18pt; font-weight: 600; color: $ACCENT; }
#CaseWindow QLabel#status_value { font-size: 11pt; font-weight: 600; color: $ON_DARK; background: $ACCENT;
    border-radius: 4px; padding: 3px 10px; }
#CaseWindow QLabel#status_value[closed="true"] { background: $CLOSED; }
#CaseWindow QLabel#basis_value, #CaseWindow QLabel#manager_value, #CaseWindow QLabel#review_value,
#CaseWindow QLabel#primary_value { color: $INK; }
#CaseWindow QLabel#signal_legend_label, #CaseWindow QLabel#subjects_hint_label { color: $SECONDARY; }
#CaseWindow QLabel#actions_heading_label, #CaseWindow QLabel#decisions_heading_label,
#CaseWindow QLabel#reporters_heading_label, #CaseWindow QLabel#feedback_heading_label {
    font-weight: 600; color: $ACCENT; margin-top: 6px; }
#CaseWindow QLabel#letter_label { color: $DONE; }
#CaseWindow QLabel#letter_label[message="error"] { color: $ERROR; font-weight: 600; }
#CaseWindow QTabBar::tab { padding: 6px 14px; }

/* -- the balance sheet (its sizes follow the zoom: BalanceSheetWidget.set_zoom) -------------- */
#BalanceSheetForm QGroupBox#weighing_group { font-weight: 600; }
#BalanceSheetForm QGroupBox#weighing_group QWidget { font-weight: normal; }
#BalanceSheetForm QGroupBox#weighing_group QLabel#weighing_error_label { color: $ERROR; font-weight: 600; }
#BalanceSheetForm QLabel#counts_label { color: $SECONDARY; }
#BalanceSheetForm QLabel#anchors_label { font-weight: 600; color: $INK; }
QFrame#side_panel_veiligheid, QFrame#side_panel_zorg_ontwikkeling, QFrame#side_panel_wat_gaat_goed {
    border-radius: 6px; background: $BACKGROUND; }
QFrame#side_panel_veiligheid { border: 2px solid $SAFETY; }
QFrame#side_panel_zorg_ontwikkeling { border: 2px solid $CARE; }
QFrame#side_panel_wat_gaat_goed { border: 2px solid $GOING_WELL; }
QListView#entries_veiligheid, QListView#entries_zorg_ontwikkeling, QListView#entries_wat_gaat_goed {
    background: $BACKGROUND; border: none; }
QLabel#side_header_veiligheid, QLabel#side_header_zorg_ontwikkeling, QLabel#side_header_wat_gaat_goed {
    color: $ON_DARK; font-weight: 700; padding: 4px 8px; border-radius: 4px; }
QLabel#side_header_veiligheid { background: $SAFETY; }
QLabel#side_header_zorg_ontwikkeling { background: $CARE; }
QLabel#side_header_wat_gaat_goed { background: $GOING_WELL; }

/* -- meeting mode (its font sizes follow "large letters": MeetingModeWindow.apply_font_size) ---- */
#MeetingModeWindow QWidget#meeting_page { background: $BACKGROUND; }
#MeetingModeWindow QLabel#meeting_label, #MeetingModeWindow QLabel#clock_label,
#MeetingModeWindow QLabel#hint_label, #MeetingModeWindow QLabel#keys_label { color: $SECONDARY; }
#MeetingModeWindow QLabel#item_title_label { color: $ACCENT; }
#MeetingModeWindow QLabel#question_label, #MeetingModeWindow QLabel#guidance_label {
    color: $INK; background: $NOTE_BG; border-radius: 6px; padding: 8px 12px; }
#MeetingModeWindow QLabel#section_label { color: $ACCENT; padding-top: 4px; }
#MeetingModeWindow QLabel#timer_label[state="ok"] { color: $ACCENT; }
#MeetingModeWindow QLabel#timer_label[state="near"] { color: $WARNING; background: $WARNING_BG;
    border-radius: 6px; padding: 2px 10px; }
#MeetingModeWindow QLabel#timer_label[state="over"] { color: $ON_DARK; background: $ERROR; border-radius: 6px;
    padding: 2px 10px; }
#MeetingModeWindow QPushButton#phase_button { padding: 6px 14px; border: 1px solid $BORDER_STRONG;
    border-radius: 6px; background: $SURFACE; color: $ACCENT; }
#MeetingModeWindow QPushButton#phase_button:checked { background: $ACCENT; color: $ON_DARK;
    border-color: $ACCENT; }
#MeetingModeWindow QFrame#balance_sheet_area { background: $SURFACE; border: 1px dashed $BORDER_STRONG;
    border-radius: 6px; }
#MeetingModeWindow QWidget#blank_page { background: $BLANK; }
#MeetingModeWindow QFrame#extras_frame { background: $SURFACE; border: 1px solid $BORDER_SOFT;
    border-radius: 6px; }
#MeetingModeWindow QLabel#extras_caption { color: $ACCENT; font-weight: 600; }
#MeetingModeWindow QLabel#closing_label { color: $ACCENT; padding-top: 8px; }
#MeetingModeWindow QLabel#closed_label { background: $NOTICE_BG; color: $NOTICE_INK;
    border-left: 4px solid $NOTICE_BORDER; border-radius: 4px; }
#MeetingModeWindow QLabel#statement_label { color: $INK; background: $STATEMENT_BG; }
#MeetingModeWindow QLabel#adopted_label { color: $DONE; }
#MeetingModeWindow QPushButton#share_button, #MeetingModeWindow QPushButton#attendance_button {
    padding: 3px 10px; border: 1px solid $BORDER_STRONG; border-radius: 11px; background: $SURFACE;
    color: $INK; }
#MeetingModeWindow QPushButton#share_button:checked { background: $DONE_BG; border-color: $DONE_BORDER;
    color: $DONE; }
#MeetingModeWindow QPushButton#share_button:disabled { color: $DISABLED; }
#MeetingModeWindow QPushButton#attendance_button[state="aanwezig"] {
    background: $DONE_BG; border-color: $DONE_BORDER; color: $DONE; }
#MeetingModeWindow QPushButton#attendance_button[state="afwezig_mk"] {
    background: $NOTICE_BG; border-color: $NOTICE_BORDER; color: $NOTICE_TEXT; }
#MeetingModeWindow QPushButton#attendance_button[state="afwezig_zk"] {
    background: $ERROR_SOFT_BG; border-color: $ERROR; color: $ERROR_INK; }
#MeetingModeWindow QPushButton#attendance_button:focus { border: 2px solid $FOCUS; }
#MeetingModeWindow QLineEdit, #MeetingModeWindow QPlainTextEdit, #MeetingModeWindow QTableView,
#MeetingModeWindow QTextBrowser { background: $SURFACE; }
#MeetingModeWindow QLineEdit:focus, #MeetingModeWindow QPlainTextEdit:focus,
#MeetingModeWindow QTableView:focus { border: 2px solid $FOCUS; }

/* -- documents: export and signing ------------------------------------------------------------ */
#ExportDialog QLabel#meeting_label { color: $SECONDARY; }
#ExportDialog QLabel#state_label { color: $INK; }
#ExportDialog QLabel#sign_hint_label, #ExportDialog QLabel#status_label { color: $QUIET; }
#ExportDialog QLabel#sensitive_label { background: $ERROR_BG; color: $ERROR_INK;
    border-left: 4px solid $ERROR; padding: 8px 10px; }
#ExportDialog QGroupBox { font-weight: 600; color: $ACCENT; }
#ExportDialog QGroupBox QRadioButton, #ExportDialog QGroupBox QCheckBox, #ExportDialog QGroupBox QLabel {
    font-weight: normal; }

#pdf_preview QScrollArea#preview_scroll { background: $CANVAS; border: 1px solid $BORDER;
    border-radius: 4px; }
#pdf_preview QWidget#preview_canvas { background: $CANVAS; }
#pdf_preview QLabel#page_image { background: $SURFACE; border: 1px solid $PAGE_EDGE; }
#pdf_preview QLabel#placeholder_label { color: $QUIET; font-size: 11pt; }

/* -- Handtekeningen controleren --------------------------------------------------------------- */
#VerifyDialog QLabel#intro_label, #VerifyDialog QLabel#file_label, #VerifyDialog QLabel#unsigned_label {
    color: $SECONDARY; }
#VerifyDialog QWidget#signatures_host { background: transparent; }
#VerifyDialog QFrame#signature_card { background: $SURFACE; border: 1px solid $BORDER; border-radius: 6px; }
#VerifyDialog QLabel#verdict_label { padding: 10px 12px; border-radius: 4px; font-weight: 600;
    border-left: 5px solid transparent; }
#VerifyDialog QLabel#verdict_label[verdict="ok"] { background: $OK_BG; color: $OK_INK;
    border-left-color: $OK_STRONG; }
#VerifyDialog QLabel#verdict_label[verdict="bad"] { background: $ERROR_BG; color: $ERROR_INK;
    border-left-color: $ERROR; }
#VerifyDialog QLabel#signature_heading { font-size: 11pt; color: $ACCENT; }
#VerifyDialog QLabel#signature_details { color: $SECONDARY; }
#VerifyDialog QLabel#signature_problem { color: $ERROR; }
#VerifyDialog QLabel#signature_note { color: $CAUTION_INK; }

/* -- unlocking and written adoption ---------------------------------------------------------- */
#UnlockDialog QPushButton#forgot_button { color: $LINK; text-decoration: underline; border: none;
    padding: 2px 0; text-align: left; }
#UnlockDialog QPushButton#forgot_button:focus { outline: 1px dotted $LINK; }
#UnlockDialog QLabel#locked_label { color: $ACCENT; }

#WrittenAdoptionDialog QLabel#statement_label { background: $NOTE_BG; color: $INK; border-radius: 6px; }
#WrittenAdoptionDialog QLabel#hint_label, #WrittenAdoptionDialog QLabel#minutes_label { color: $SECONDARY; }
"""


def _palette_names() -> dict[str, str]:
    return {name: value for name, value in vars(Palette).items() if name.isupper() and isinstance(value, str)}


STYLE_SHEET = Template(_RULES).substitute(_palette_names())

__all__ = ["STYLE_SHEET"]
