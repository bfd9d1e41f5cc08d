/* polku-catalogue-format.h: how catalogue values read in the UI (credits,
 * rules, dates, kinds of qualification), in one place for every page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  POLKU_CREDIT_UNIT_POINTS,   /* osaamispiste */
  POLKU_CREDIT_UNIT_WEEKS,    /* viikko (TUVA) */
} PolkuCreditUnit;

PolkuCreditUnit  polku_credit_unit_from_string        (const char      *laajuus_yksikko);
const char      *polku_catalogue_pick_text            (const char      *fi,
                                                       const char      *sv,
                                                       const char      *language);
char            *polku_catalogue_format_credits       (double           min,
                                                       double           max,
                                                       PolkuCreditUnit  unit);
char            *polku_catalogue_format_count         (int              min,
                                                       int              max);
char            *polku_catalogue_format_date          (const char      *iso_date);
char            *polku_catalogue_format_validity      (const char      *valid_from,
                                                       const char      *valid_until,
                                                       const char      *transition_until);
char            *polku_catalogue_kind_label           (const char      *koulutustyyppi,
                                                       const char      *tyyppi);
const char      *polku_catalogue_suoritustapa_label   (const char      *koodi);
char            *polku_catalogue_today                (void);

G_END_DECLS
