/* polku-exchange.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-exchange"

#include "config.h"

#include "polku-exchange.h"

G_DEFINE_QUARK (polku-exchange-error-quark, polku_exchange_error)
