/* polku-peruste.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-catalogue-format.h"
#include "polku-store-catalogue-read.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PERUSTE (polku_peruste_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPeruste, polku_peruste, POLKU, PERUSTE, GObject)

PolkuPeruste *polku_peruste_new                 (const PolkuPerusteRecord *record,
                                                 const char               *language);
gint64        polku_peruste_get_id              (PolkuPeruste *self);
const char   *polku_peruste_get_diaarinumero    (PolkuPeruste *self);
const char   *polku_peruste_get_name            (PolkuPeruste *self);
const char   *polku_peruste_get_name_fi         (PolkuPeruste *self);
const char   *polku_peruste_get_name_sv         (PolkuPeruste *self);
const char   *polku_peruste_get_koulutustyyppi  (PolkuPeruste *self);
const char   *polku_peruste_get_kind_label      (PolkuPeruste *self);
const char   *polku_peruste_get_valid_from      (PolkuPeruste *self);
const char   *polku_peruste_get_valid_until     (PolkuPeruste *self);
const char   *polku_peruste_get_transition_until (PolkuPeruste *self);
const char   *polku_peruste_get_validity_text   (PolkuPeruste *self);
gboolean      polku_peruste_get_expired         (PolkuPeruste *self);
gboolean      polku_peruste_is_expired_on       (PolkuPeruste *self,
                                                 const char   *iso_date);
guint         polku_peruste_get_n_units         (PolkuPeruste *self);
PolkuCreditUnit polku_peruste_get_credit_unit   (PolkuPeruste *self);
const char   *polku_peruste_get_language        (PolkuPeruste *self);
void          polku_peruste_set_language        (PolkuPeruste *self,
                                                 const char   *language);

G_END_DECLS
