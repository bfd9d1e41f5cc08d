/* polku-organisation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_ORGANISATION (polku_organisation_get_type ())

G_DECLARE_FINAL_TYPE (PolkuOrganisation, polku_organisation, POLKU, ORGANISATION, GObject)

PolkuOrganisation             *polku_organisation_new              (PolkuStore         *store);
const PolkuOrganisationRecord *polku_organisation_get_record       (PolkuOrganisation  *self);
const char                    *polku_organisation_get_name         (PolkuOrganisation  *self);
const char                    *polku_organisation_get_business_id  (PolkuOrganisation  *self);
const char                    *polku_organisation_get_address      (PolkuOrganisation  *self);
const char                    *polku_organisation_get_postal_code  (PolkuOrganisation  *self);
const char                    *polku_organisation_get_municipality (PolkuOrganisation  *self);
gboolean                       polku_organisation_set_name         (PolkuOrganisation  *self,
                                                                    const char         *name,
                                                                    GError            **error);
gboolean                       polku_organisation_set_business_id  (PolkuOrganisation  *self,
                                                                    const char         *business_id,
                                                                    GError            **error);
gboolean                       polku_organisation_set_address      (PolkuOrganisation  *self,
                                                                    const char         *address,
                                                                    GError            **error);
gboolean                       polku_organisation_set_postal_code  (PolkuOrganisation  *self,
                                                                    const char         *postal_code,
                                                                    GError            **error);
gboolean                       polku_organisation_set_municipality (PolkuOrganisation  *self,
                                                                    const char         *municipality,
                                                                    GError            **error);

G_END_DECLS
