"""Admin hooks of portal.core: the dashboard's panels and where the page explorer opens (portal/core/dashboard.py)."""

from wagtail import hooks

from . import dashboard

hooks.register("construct_homepage_panels", dashboard.construct_homepage_panels)
hooks.register("construct_main_menu", dashboard.construct_main_menu)
