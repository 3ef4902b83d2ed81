"""A field holding several codes of a code-defined vocabulary, filterable on SQLite and PostgreSQL alike.

Stored as ",agriculture,fisheries," so that `.filter(sectors__contains=",fisheries,")` (see `codes_q`) finds a code
with a plain LIKE, with no JSON or array support needed.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def _as_list(value):
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value if v]
    return [part for part in str(value).split(",") if part]


class CodesField(models.CharField):
    description = _("Codes from a vocabulary")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 500:
            del kwargs["max_length"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        if kwargs.get("default") is list:
            del kwargs["default"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return _as_list(value)

    def to_python(self, value):
        return _as_list(value)

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value  # already stored form, or a lookup operand such as ",fisheries,"
        codes = _as_list(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return ",".join(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {str(code) for code, _label in self.choices or []}
        unknown = [code for code in _as_list(value) if code not in allowed]
        if unknown:
            raise ValidationError(_("Unknown code: %(codes)s"), params={"codes": ", ".join(unknown)})
        if not self.blank and not _as_list(value):
            raise ValidationError(self.error_messages["blank"], code="blank")

    def get_choices_list(self):
        return list(self.choices or [])

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.get_choices_list(),
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        for key in ("choices_form_class", "coerce", "empty_value", "max_length"):
            defaults.pop(key, None)
        return form_class(**defaults)

    def get_choices(self, *args, **kwargs):
        return self.get_choices_list()

    def _check_choices(self):
        return []

    # Django's per-choice display method makes no sense for several codes.
    def contribute_to_class(self, cls, name, *args, **kwargs):
        choices, self.choices = self.choices, None
        super().contribute_to_class(cls, name, *args, **kwargs)
        self.choices = choices


def codes_q(field, codes):
    """Q matching rows whose `field` holds any of `codes` (values OR-ed)."""
    query = Q()
    for code in codes:
        query |= Q(**{f"{field}__contains": f",{code},"})
    return query
