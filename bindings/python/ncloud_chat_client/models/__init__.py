"""Contains all the data models used in inputs/outputs"""

from .bulk_friend_result import BulkFriendResult
from .channel import Channel
from .channel_last_message_type_0 import ChannelLastMessageType0
from .channel_response import ChannelResponse
from .channel_type import ChannelType
from .channel_user import ChannelUser
from .channel_user_type_0 import ChannelUserType0
from .count import Count
from .create_channel_request import CreateChannelRequest
from .error_envelope import ErrorEnvelope
from .filter_ import Filter
from .friend_pair import FriendPair
from .friend_request import FriendRequest
from .friendship import Friendship
from .friendship_response import FriendshipResponse
from .friendship_user import FriendshipUser
from .list_option import ListOption
from .member import Member
from .member_notifications import MemberNotifications
from .member_notifications_notifications_type_0 import MemberNotificationsNotificationsType0
from .member_notifications_type_0 import MemberNotificationsType0
from .member_response import MemberResponse
from .message import Message
from .message_admin_type_0 import MessageAdminType0
from .message_attachment import MessageAttachment
from .message_list_option import MessageListOption
from .message_response import MessageResponse
from .message_sender_type_0 import MessageSenderType0
from .message_user import MessageUser
from .notification_settings import NotificationSettings
from .notifications import Notifications
from .push_notification_result import PushNotificationResult
from .register_user_request import RegisterUserRequest
from .request_friend_current import RequestFriendCurrent
from .request_friend_data import RequestFriendData
from .send_message_request import SendMessageRequest
from .sort import Sort
from .sort_direction_number import SortDirectionNumber
from .sort_direction_text import SortDirectionText
from .subscription import Subscription
from .subscription_mark import SubscriptionMark
from .subscription_mark_type_0 import SubscriptionMarkType0
from .subscription_user import SubscriptionUser
from .subscription_user_type_0 import SubscriptionUserType0
from .token_response import TokenResponse
from .update_channel_request import UpdateChannelRequest
from .update_user_request import UpdateUserRequest

__all__ = (
    "BulkFriendResult",
    "Channel",
    "ChannelLastMessageType0",
    "ChannelResponse",
    "ChannelType",
    "ChannelUser",
    "ChannelUserType0",
    "Count",
    "CreateChannelRequest",
    "ErrorEnvelope",
    "Filter",
    "FriendPair",
    "FriendRequest",
    "Friendship",
    "FriendshipResponse",
    "FriendshipUser",
    "ListOption",
    "Member",
    "MemberNotifications",
    "MemberNotificationsNotificationsType0",
    "MemberNotificationsType0",
    "MemberResponse",
    "Message",
    "MessageAdminType0",
    "MessageAttachment",
    "MessageListOption",
    "MessageResponse",
    "MessageSenderType0",
    "MessageUser",
    "Notifications",
    "NotificationSettings",
    "PushNotificationResult",
    "RegisterUserRequest",
    "RequestFriendCurrent",
    "RequestFriendData",
    "SendMessageRequest",
    "Sort",
    "SortDirectionNumber",
    "SortDirectionText",
    "Subscription",
    "SubscriptionMark",
    "SubscriptionMarkType0",
    "SubscriptionUser",
    "SubscriptionUserType0",
    "TokenResponse",
    "UpdateChannelRequest",
    "UpdateUserRequest",
)
