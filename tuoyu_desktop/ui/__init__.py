"""The PySide6 GUI: a thin skin over ``tuoyu_desktop.services``.

Small modules, one job each: ``app_window`` (the main window and its page stack),
``home_page``, ``profile_editor``, ``assessment_page`` with ``navigator`` and
``item_widget``, ``summary_page``, ``export`` (PDF in a worker thread), and the plumbing
``i18n``, ``fonts``, ``style``, ``errors``. Nothing in the core imports this package.
"""
