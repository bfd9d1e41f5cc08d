/* polku-catalogue-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-catalogue-format"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "polku-catalogue-format.h"
#include "polku-catalogue-text.h"

/* The store writes NULL credits as a negative number. */
static gboolean
is_set (double value)
{
  return value >= 0.0;
}

/* "25", "7,5" (the locale's decimal mark), never "25.000000". */
static char *
format_number (double value)
{
  if (ABS (value - (double) (gint64) (value + 0.5)) < 0.001)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

static gulong
plural_of (double value)
{
  return value > 0.0 ? (gulong) (value + 0.5) : 0;
}

/* Public API */

PolkuCreditUnit
polku_credit_unit_from_string (const char *laajuus_yksikko)
{
  if (laajuus_yksikko != NULL && g_ascii_strncasecmp (laajuus_yksikko, "VIIK", 4) == 0)
    return POLKU_CREDIT_UNIT_WEEKS;
  return POLKU_CREDIT_UNIT_POINTS;
}

/**
 * polku_catalogue_pick_text:
 * @language: "sv" for Swedish; anything else means Finnish
 *
 * polku_catalogue_text_pick() for callers that carry a language code.
 *
 * Returns: (nullable): the text in @language where it exists, else the other one
 */
const char *
polku_catalogue_pick_text (const char *fi,
                           const char *sv,
                           const char *language)
{
  return polku_catalogue_text_pick (fi, sv, NULL, g_strcmp0 (language, "sv") == 0, NULL);
}

/**
 * polku_catalogue_format_credits:
 * @min: the lower bound, or negative when unset
 * @max: the upper bound, or negative when unset
 *
 * Returns: (transfer full) (nullable): "25 credits", "30–45 credits",
 *   "at most 10 credits", or %NULL when there is nothing to say
 */
char *
polku_catalogue_format_credits (double          min,
                                double          max,
                                PolkuCreditUnit unit)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  gboolean weeks = unit == POLKU_CREDIT_UNIT_WEEKS;

  if (is_set (min) && is_set (max) && ABS (min - max) < 0.001)
    max = -1.0;

  /* A lone zero minimum (groups that only hold others) says nothing. */
  if (is_set (min) && min == 0.0 && !is_set (max))
    return NULL;

  if (is_set (min) && is_set (max))
    {
      low = format_number (min);
      high = format_number (max);
      if (weeks)
        /* Translators: a range of TUVA study weeks, e.g. "2–10 weeks". */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s–%s week", "%s–%s weeks", plural_of (max)),
                                low, high);
      /* Translators: a range of competence points (osaamispisteet), e.g. "30–45 credits"; Finnish "30–45 osp". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s–%s credit", "%s–%s credits", plural_of (max)),
                              low, high);
    }

  if (is_set (min))
    {
      low = format_number (min);
      if (weeks)
        /* Translators: TUVA study weeks, e.g. "2 weeks". */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s week", "%s weeks", plural_of (min)), low);
      /* Translators: competence points (osaamispisteet), e.g. "25 credits"; Finnish "25 osp". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s credit", "%s credits", plural_of (min)), low);
    }

  if (is_set (max))
    {
      high = format_number (max);
      if (weeks)
        /* Translators: an upper limit of TUVA study weeks. */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "at most %s week", "at most %s weeks", plural_of (max)),
                                high);
      /* Translators: an upper limit of competence points; Finnish "enintään 10 osp". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "at most %s credit", "at most %s credits", plural_of (max)),
                              high);
    }

  return NULL;
}

/**
 * polku_catalogue_format_count:
 * @min: how many units at least, or negative when unset
 * @max: how many units at most, or negative when unset
 *
 * Returns: (transfer full) (nullable): "2 units", "1–3 units", or %NULL
 */
char *
polku_catalogue_format_count (int min,
                              int max)
{
  if (min >= 0 && max == min)
    max = -1;

  if (min > 0 && max >= 0)
    /* Translators: how many units a group of the structure asks for, e.g. "1–3 units". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d–%d unit", "%d–%d units", (gulong) max), min, max);

  if (min > 0)
    /* Translators: how many units a group of the structure asks for. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d unit", "%d units", (gulong) min), min);

  if (max >= 0)
    /* Translators: the most units a group of the structure allows. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "at most %d unit", "at most %d units", (gulong) max), max);

  return NULL;
}

/**
 * polku_catalogue_format_date:
 * @iso_date: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the date as people write it
 */
char *
polku_catalogue_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  date_time = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date_time == NULL)
    return NULL;

  /* Translators: a date, see the strftime manual; e.g. "1.8.2022". */
  return g_date_time_format (date_time, _("%-d.%-m.%Y"));
}

/**
 * polku_catalogue_format_validity:
 *
 * Returns: (transfer full) (nullable): when a peruste is in force
 */
char *
polku_catalogue_format_validity (const char *valid_from,
                                 const char *valid_until,
                                 const char *transition_until)
{
  g_autofree char *from = polku_catalogue_format_date (valid_from);
  g_autofree char *until = polku_catalogue_format_date (valid_until);
  g_autofree char *transition = polku_catalogue_format_date (transition_until);

  if (from != NULL && until != NULL && transition != NULL)
    /* Translators: validity of a qualification: from, until, and the end of its transition period. */
    return g_strdup_printf (_("Valid %s–%s, transition period until %s"), from, until, transition);
  if (from != NULL && until != NULL)
    /* Translators: validity of a qualification: from and until. */
    return g_strdup_printf (_("Valid %s–%s"), from, until);
  if (from != NULL)
    /* Translators: validity of a qualification that has no end date. */
    return g_strdup_printf (_("Valid from %s"), from);
  if (until != NULL)
    /* Translators: validity of a qualification: its last day. */
    return g_strdup_printf (_("Valid until %s"), until);

  return NULL;
}

/**
 * polku_catalogue_kind_label:
 *
 * Returns: (transfer full): what kind of qualification or education it is
 */
char *
polku_catalogue_kind_label (const char *koulutustyyppi,
                            const char *tyyppi)
{
  static const struct {
    const char *koulutustyyppi;
    const char *label;
  } kinds[] = {
    { "koulutustyyppi_1", N_("Vocational qualification") },
    { "koulutustyyppi_26", N_("Vocational qualification") },
    { "koulutustyyppi_11", N_("Further vocational qualification") },
    { "koulutustyyppi_12", N_("Specialist vocational qualification") },
    { "koulutustyyppi_5", N_("Preparatory education for work and independent living (TELMA)") },
    { "koulutustyyppi_18", N_("Preparatory education for vocational training (VALMA)") },
    { "koulutustyyppi_40", N_("Preparatory education for an upper secondary qualification (TUVA)") },
  };

  if (g_strcmp0 (tyyppi, "amosaayhteinen") == 0)
    return g_strdup (_("Common units of vocational qualifications"));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (koulutustyyppi, kinds[i].koulutustyyppi) == 0)
      return g_strdup (_(kinds[i].label));

  /* Translators: a kind of education Polku has no name for; %s is its code. */
  return g_strdup_printf (_("Other education (%s)"), koulutustyyppi != NULL ? koulutustyyppi : "?");
}

/**
 * polku_catalogue_suoritustapa_label:
 *
 * Returns: a name for a way of completing the qualification
 */
const char *
polku_catalogue_suoritustapa_label (const char *koodi)
{
  if (g_strcmp0 (koodi, "reformi") == 0)
    return _("Competence-based (since 2018)");
  if (g_strcmp0 (koodi, "ops") == 0)
    return _("Curriculum-based");
  if (g_strcmp0 (koodi, "naytto") == 0)
    return _("Competence-based (skills demonstrations)");
  return koodi;
}

/**
 * polku_catalogue_today:
 *
 * Returns: (transfer full): today's date as "YYYY-MM-DD", comparable with
 *   the catalogue's dates
 */
char *
polku_catalogue_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}
