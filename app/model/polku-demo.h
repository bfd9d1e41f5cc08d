/* polku-demo.h: a fictional organisation, workshops and learners on the
 * qualifications in the catalogue, so that every screen can be tried at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store.h"

G_BEGIN_DECLS

/* The perusteet the demo prefers when the catalogue has them. */
#define POLKU_DEMO_PUUTEOLLISUUS "OPH-2455-2017"
#define POLKU_DEMO_AJONEUVO      "OPH-5410-2021"

int polku_demo_fill (PolkuStore  *store,
                     GString     *report,
                     GError     **error);

G_END_DECLS
